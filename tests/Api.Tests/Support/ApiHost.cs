using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Rafael.Engine.Demo;
using Rafael.Engine.Persistence;
using Rafael.Tests.Shared;

namespace Rafael.Api.Tests.Support;

/// <summary>
/// The real Api on Kestrel over loopback, on a real database of its own with the demo data, and a fake clock.
/// One host per test class; the SQLite and PostgreSQL subclasses run the same tests.
/// </summary>
public abstract class ApiHost : IAsyncLifetime
{
    private ApiFactory? factory;
    private Uri? address;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected abstract string Provider { get; }

    /// <summary>Settings added to the host's configuration (a subclass may point it at its own SMTP server).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Reglages { get; } = new Dictionary<string, string?>();

    public IServiceProvider Services => factory!.Services;

    /// <summary>Replaces services of the host after the Api's own registrations (a test double, a counter).</summary>
    /// <param name="services">The host's services.</param>
    protected virtual void ConfigurerServices(IServiceCollection services)
    {
    }

    public virtual async ValueTask InitializeAsync()
    {
        var connectionString = await CreateDatabaseAsync();
        factory = new ApiFactory(Provider, connectionString, Time, Reglages, ConfigurerServices);
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        address = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        await DemoAuRepos.AttendreAsync(Services, Time);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await DropDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A client with no identity (its own cookie jar).</summary>
    public HttpClient Anonyme() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };

    /// <summary>A client signed in with a cookie, as the web clients are.</summary>
    public async Task<HttpClient> ConnecterAsync(string email, string motDePasse = DemoData.MotDePasse)
    {
        var client = Anonyme();
        var reponse = await client.PostAsJsonAsync("/api/auth/connexion", new { email, motDePasse });
        Assert.True(reponse.IsSuccessStatusCode, $"Connexion de {email} : {(int)reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>A client signed in with a bearer token, as API clients are.</summary>
    public async Task<HttpClient> ConnecterParJetonAsync(string email, string motDePasse = DemoData.MotDePasse)
    {
        var client = Anonyme();
        var reponse = await client.PostAsJsonAsync("/api/auth/connexion?mode=jeton", new { email, motDePasse });
        reponse.EnsureSuccessStatusCode();
        var jeton = await reponse.Content.ReadFromJsonAsync<Jeton>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", jeton!.AccessToken);
        return client;
    }

    /// <summary>Runs a query on the host's database (for looking up ids and checking what changed).</summary>
    public async Task<T> DbAsync<T>(Func<RafaelDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RafaelDbContext>());
    }

    /// <summary>A fingerprint of everything that changes: every change is journaled, every event is in the outbox.</summary>
    public Task<(int Journal, int Outbox, int Comptes)> EmpreinteAsync() =>
        DbAsync(async db => (await db.Journal.CountAsync(), await db.Outbox.CountAsync(), await db.Users.CountAsync()));

    public Task<Guid> StructureAsync(string nom) =>
        DbAsync(db => db.Structures.Where(s => s.Nom == nom).Select(s => s.Id).SingleAsync());

    public Task<Guid> CompteAsync(string email) =>
        DbAsync(db => db.Users.Where(c => c.Email == email).Select(c => c.Id).SingleAsync());

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    private sealed record Jeton(string AccessToken, string RefreshToken);
}
