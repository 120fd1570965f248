using Xunit;

namespace Rafael.Workflows.Tests.Support;

/// <summary>
/// Where the PostgreSQL tests find their server: <c>RAFAEL_TEST_POSTGRES</c>. Without it they are skipped on a
/// developer's machine, and fail where <c>RAFAEL_REQUIRE_POSTGRES=1</c> (CI), so CI never skips them silently.
/// </summary>
public static class PostgresEnvironment
{
    public const string ConnectionStringVariable = "RAFAEL_TEST_POSTGRES";
    public const string RequireVariable = "RAFAEL_REQUIRE_POSTGRES";

    /// <summary>The server's connection string; skips or fails the calling test when it is not set.</summary>
    public static string ConnectionString()
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{RequireVariable}=1 but {ConnectionStringVariable} is not set: PostgreSQL tests cannot run.");
        }

        Assert.Skip($"PostgreSQL test: set {ConnectionStringVariable} (e.g. Host=127.0.0.1;Port=55433;Username=postgres) to run it.");
        return string.Empty;
    }
}
