using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Rafael.Portal.Tests.Support;

/// <summary>The Api's own Program, serving the portal, on a SQLite file of its own with the demo data.</summary>
public sealed class PortalFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Rafael:Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Rafael", connectionString);
        builder.UseSetting("Rafael:DemoData", "true");
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
