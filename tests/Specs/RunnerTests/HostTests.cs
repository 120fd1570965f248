using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Specs.Hosting;
using Xunit;

namespace Rafael.Specs.RunnerTests;

public sealed class HostTests
{
    [Fact]
    public async Task The_Api_answers_over_real_HTTP_on_loopback_with_the_fake_clock_and_the_test_database()
    {
        var ct = TestContext.Current.CancellationToken;
        string? sqliteFolder = null;
        await using (var application = new RafaelApplication())
        {
            await application.InitializeAsync();

            Assert.True(IPAddress.IsLoopback(IPAddress.Parse(application.BaseAddress.Host)), application.BaseAddress.ToString());
            using var response = await application.Client.GetAsync(new Uri("health", UriKind.Relative), ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            application.SetNow(new DateOnly(2022, 4, 9), new TimeOnly(9, 0));
            var clock = application.Services.GetRequiredService<TimeProvider>();
            Assert.Same(application.Time, clock);
            Assert.Equal(new DateTimeOffset(2022, 4, 9, 7, 0, 0, TimeSpan.Zero), clock.GetUtcNow());

            // Back in time too: each scenario sets its own date.
            application.SetNow(new DateOnly(2021, 1, 15), new TimeOnly(9, 0));
            Assert.Equal(new DateTimeOffset(2021, 1, 15, 8, 0, 0, TimeSpan.Zero), clock.GetUtcNow());

            if (application.Database is SqliteTestDatabase)
            {
                Assert.Equal("Sqlite", application.Database.Provider);
                sqliteFolder = Path.GetDirectoryName(application.Database.ConnectionString["Data Source=".Length..]);
                Assert.True(Directory.Exists(sqliteFolder));
            }
            else
            {
                Assert.Equal("PostgreSQL", application.Database.Provider);
                Assert.Contains("rafael_specs_", application.Database.ConnectionString, StringComparison.Ordinal);
            }
        }

        // The throw-away database goes with the host.
        if (sqliteFolder is not null)
        {
            Assert.False(Directory.Exists(sqliteFolder));
        }
    }
}
