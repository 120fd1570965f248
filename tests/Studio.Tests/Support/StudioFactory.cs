using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Rafael.Studio.Tests.Support;

/// <summary>The real Api (which serves the Studio) on SQLite with the demo data and a fake clock.</summary>
public sealed class StudioFactory(string connectionString, TimeProvider time) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Rafael:Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Rafael", connectionString);
        builder.UseSetting("Rafael:DemoData", "true");
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(time);
        });
    }
}
