using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Rafael.Specs.Hosting;

/// <summary>The Api's own Program, configured for specs: a throw-away database, no demo data, a clock the steps drive.</summary>
public sealed class RafaelApiFactory(TestDatabase database, TimeProvider time) : WebApplicationFactory<Program>
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

        // UseSetting reaches the configuration while Program is still building, unlike ConfigureAppConfiguration.
        builder.UseSetting("Rafael:Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Rafael", database.ConnectionString);
        builder.UseSetting("Rafael:DemoData", "false");
        builder.UseSetting("Rafael:DataFolder", dossierDonnees);
        // The Api's information logs would bury the scenario's own output.
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(time);
        });
    }
}
