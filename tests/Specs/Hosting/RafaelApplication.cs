using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Hosting;

/// <summary>
/// The real Api, listening on a loopback port with Kestrel, on a fresh database: one per feature file.
/// Steps get it by constructor injection and talk to it over HTTP with <see cref="Client"/>.
/// </summary>
public sealed class RafaelApplication : IFeatureFixture, IAsyncLifetime
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly List<HttpClient> clients = [];
    private TestDatabase? database;
    private RafaelApiFactory? factory;

    /// <summary>The clock of the Api: steps set it ("Soit nous sommes le 09/04/2022").</summary>
    public FakeTimeProvider Time { get; } = CreateClock();

    /// <summary>Where the Api listens, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client for the real address, shared by the scenarios of the feature.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The Api's services, for what HTTP cannot show (the clock, the database).</summary>
    public IServiceProvider Services => Factory.Services;

    public TestDatabase Database => database ?? throw NotStarted();

    private RafaelApiFactory Factory => factory ?? throw NotStarted();

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        factory = new RafaelApiFactory(database, Time);
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Le serveur de l'Api ne dit pas où il écoute.");
        BaseAddress = new Uri(addresses.First().Replace("[::]", "localhost", StringComparison.Ordinal) + "/");
        Client = CreateClient();
    }

    /// <summary>Another client of the same Api: its own cookies, for a second person in the scenario.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = true }) { BaseAddress = BaseAddress };
        clients.Add(client);
        return client;
    }

    /// <summary>Empties the database (the schema stays): for scenarios that build their whole world from nothing.</summary>
    public Task ResetDataAsync(CancellationToken cancellationToken = default) =>
        DatabaseReset.ResetAsync(Services, cancellationToken);

    /// <summary>Sets the Api's clock to a day and time in Paris; going back in time is allowed between scenarios.</summary>
    public void SetNow(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        var utc = new DateTimeOffset(local, Paris.GetUtcOffset(local)).ToUniversalTime();
        if (utc >= Time.GetUtcNow())
        {
            Time.SetUtcNow(utc);
        }
        else
        {
            Time.AdjustTime(utc);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }

        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    private static FakeTimeProvider CreateClock()
    {
        // Scenarios that do not set the date run today, as the product would.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        clock.SetLocalTimeZone(Paris);
        return clock;
    }

    private static InvalidOperationException NotStarted() => new("L'Api n'est pas démarrée.");
}
