using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Rafael.Portal.Tests.Support;

/// <summary>The Api's own Program, serving the portal, on a SQLite file of its own with the demo data.</summary>
public sealed class PortalFactory(string connectionString) : WebApplicationFactory<Program>
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
        builder.UseSetting("Rafael:Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Rafael", connectionString);
        builder.UseSetting("Rafael:DemoData", "true");
        builder.UseSetting("Rafael:DataFolder", dossierDonnees);
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
