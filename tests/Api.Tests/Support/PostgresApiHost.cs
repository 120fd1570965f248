using Npgsql;

namespace Rafael.Api.Tests.Support;

/// <summary>The Api on a fresh PostgreSQL database (RAFAEL_TEST_POSTGRES), dropped afterwards.</summary>
public class PostgresApiHost : ApiHost
{
    private string? server;
    private string? database;

    protected override string Provider => "PostgreSQL";

    protected override async Task<string> CreateDatabaseAsync()
    {
        server = PostgresEnvironment.ConnectionString;
        if (string.IsNullOrWhiteSpace(server))
        {
            // The tests themselves skip or fail (PostgresEnvironment); the host must still start, on SQLite, unused.
            throw new InvalidOperationException("Pas de PostgreSQL configuré.");
        }

        var connectionString = await PostgresEnvironment.CreateDatabaseAsync(server, "rafael_api");
        database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        return connectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        if (server is not null && database is not null)
        {
            await PostgresEnvironment.DropDatabaseAsync(server, database);
        }
    }
}
