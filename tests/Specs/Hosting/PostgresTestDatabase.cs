using Npgsql;

namespace Rafael.Specs.Hosting;

/// <summary>A uniquely named PostgreSQL database on the server of the given connection string, dropped at the end.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string serverConnectionString;
    private readonly string name;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        this.serverConnectionString = serverConnectionString;
        this.name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ToString();
    }

    public override string Provider => "PostgreSQL";

    public override string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync(string serverConnectionString, CancellationToken cancellationToken = default)
    {
        var database = new PostgresTestDatabase(serverConnectionString, "rafael_specs_" + Guid.NewGuid().ToString("N"));
        await database.ExecuteAsync($"CREATE DATABASE \"{database.name}\"", cancellationToken);
        return database;
    }

    public override async ValueTask DisposeAsync()
    {
        // The Api's pooled connections would block the drop; FORCE ends any that remain.
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
