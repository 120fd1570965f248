using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rafael.Bench.Candidatures;

/// <summary>
/// The real Api (its own Program) on Kestrel over loopback, on the benchmark's database with the demo data, as
/// tests/Api.Tests does. The background deadline and outbox processors are left out: the benchmark runs the sweep
/// itself, and keeps the messages to count them.
/// </summary>
internal sealed class HoteApi : WebApplicationFactory<Program>
{
    private readonly string connectionString;
    private readonly IStartupFilter? filtre;
    private Uri? adresse;

    private HoteApi(string connectionString, IStartupFilter? filtre)
    {
        this.connectionString = connectionString;
        this.filtre = filtre;
    }

    public Uri Adresse => adresse!;

    public static HoteApi Demarrer(string connectionString, IStartupFilter? filtre = null)
    {
        // The Api's content root (src/Api), found from the repository root as WebApplicationFactory does for tests.
        if (Environment.GetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_RAFAEL_API") is null)
        {
            var dossier = new DirectoryInfo(AppContext.BaseDirectory);
            while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "Rafael.sln")))
            {
                dossier = dossier.Parent;
            }

            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_RAFAEL_API", Path.Combine(dossier?.FullName ?? ".", "src", "Api"));
        }

        var hote = new HoteApi(connectionString, filtre);
        hote.UseKestrel(0);
        hote.StartServer();
        var adresses = hote.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        hote.adresse = new Uri(adresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return hote;
    }

    /// <summary>A client signed in with a cookie, as the portal is.</summary>
    public async Task<HttpClient> ConnecterAsync(string email, string motDePasse = Rafael.Engine.Demo.DemoData.MotDePasse)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 1 })
        {
            BaseAddress = Adresse,
        };
        var reponse = await client.PostAsJsonAsync("/api/auth/connexion", new { email, motDePasse });
        if (!reponse.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Connexion de {email} : {(int)reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Rafael:Database:Provider", "PostgreSQL");
        builder.UseSetting("ConnectionStrings:Rafael", connectionString);
        builder.UseSetting("Rafael:DemoData", "true");
        builder.UseSetting("Rafael:Processeurs", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Error));
        builder.ConfigureTestServices(services =>
        {
            if (filtre is not null)
            {
                services.AddSingleton(filtre);
            }
        });
    }
}
