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
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Rafael:Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Rafael", connectionString);
        builder.UseSetting("Rafael:DemoData", "true");
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
