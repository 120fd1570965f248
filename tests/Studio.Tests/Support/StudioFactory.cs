using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Rafael.Studio.Tests.Support;

/// <summary>The real Api (which serves the Studio) on SQLite with the demo data and a fake clock, its data in <c>dossier</c>.</summary>
public sealed class StudioFactory(string dossier, TimeProvider time, TraceHote trace) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Rafael:Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Rafael", $"Data Source={Path.Combine(dossier, "rafael.db")}");
        builder.UseSetting("Rafael:DataFolder", dossier);
        builder.UseSetting("Rafael:DemoData", "true");
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddProvider(trace);
            // Each request's start and end: where a journey that waits in vain stopped.
            logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Information);
        });
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(time);
        });
    }
}
