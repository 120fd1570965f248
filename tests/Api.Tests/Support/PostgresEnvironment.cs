using Npgsql;

namespace Rafael.Api.Tests.Support;

/// <summary>
/// Where the PostgreSQL tests find their server: <c>RAFAEL_TEST_POSTGRES</c>. Without it they skip on a laptop,
/// but fail when <c>RAFAEL_REQUIRE_POSTGRES=1</c> (CI), so that a missing server can never pass unnoticed.
/// </summary>
public static class PostgresEnvironment
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("RAFAEL_TEST_POSTGRES");

    public static bool Required => Environment.GetEnvironmentVariable("RAFAEL_REQUIRE_POSTGRES") == "1";

    /// <summary>Skips (laptop) or fails (CI) when no server is configured.</summary>
    public static string RequireConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Required)
        {
            Assert.Fail("RAFAEL_REQUIRE_POSTGRES=1 mais RAFAEL_TEST_POSTGRES n'est pas défini : les tests PostgreSQL ne peuvent pas être sautés en CI.");
        }

        Assert.Skip("PostgreSQL non configuré (RAFAEL_TEST_POSTGRES) : tests PostgreSQL sautés sur ce poste.");
        return string.Empty;
    }

    /// <summary>Creates a fresh database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string server, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database created by <see cref="CreateDatabaseAsync"/>.</summary>
    public static async Task DropDatabaseAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
