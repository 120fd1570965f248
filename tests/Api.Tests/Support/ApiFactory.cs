using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Rafael.Api.Tests.Support;

/// <summary>The Api's own Program on a test database, with the demo data and a clock the tests drive.</summary>
public sealed class ApiFactory(
    string provider,
    string connectionString,
    TimeProvider time,
    IReadOnlyDictionary<string, string?>? reglages = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    // The emails written as files go to a folder of the host's own, not under the source tree's App_Data.
    private readonly string dossierDonnees = Path.Combine(Path.GetTempPath(), "rafael-test-data", Guid.NewGuid().ToString("N"));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(dossierDonnees))
        {
            Directory.Delete(dossierDonnees, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Rafael:Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Rafael", connectionString);
        builder.UseSetting("Rafael:DemoData", "true");
        builder.UseSetting("Rafael:DataFolder", dossierDonnees);
        builder.UseEnvironment("Testing");
        foreach (var (cle, valeur) in reglages ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(cle, valeur);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(collection =>
        {
            collection.RemoveAll<TimeProvider>();
            collection.AddSingleton(time);
            services?.Invoke(collection);
        });
    }
}
