using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Rafael.Workflows.Tests.Support;

/// <summary>A real, empty database with the workflow model, created for one test and dropped after it.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly DbContextOptions<WorkflowTestDbContext> _options;
    private readonly string? _sqliteFile;

    private TestDatabase(DbContextOptions<WorkflowTestDbContext> options, string? sqliteFile)
    {
        _options = options;
        _sqliteFile = sqliteFile;
    }

    /// <summary>Both providers, for theories that run on each.</summary>
    public static TheoryData<string> Providers => new() { Sqlite, Postgres };

    /// <summary>Creates the database; a PostgreSQL one is skipped or failed as <see cref="PostgresEnvironment"/> says.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var builder = new DbContextOptionsBuilder<WorkflowTestDbContext>();
        string? sqliteFile = null;
        switch (provider)
        {
            case Sqlite:
                // A file rather than :memory:, so that each context has its own connection, as on a server.
                sqliteFile = Path.Combine(Path.GetTempPath(), $"rafael-wf-{Guid.NewGuid():N}.db");
                builder.UseSqlite(new SqliteConnectionStringBuilder { DataSource = sqliteFile, Pooling = false }.ToString());
                break;
            case Postgres:
                var connection = new NpgsqlConnectionStringBuilder(PostgresEnvironment.ConnectionString())
                {
                    Database = $"rafael_wf_{Guid.NewGuid():N}",
                };
                builder.UseNpgsql(connection.ToString());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider.");
        }

        var database = new TestDatabase(builder.Options, sqliteFile);
        await using var db = database.CreateContext();
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>A new context on its own connection, as a processor or a handler gets one.</summary>
    public WorkflowTestDbContext CreateContext() => new(_options);

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
            return;
        }

        await using var db = CreateContext();
        await db.Database.EnsureDeletedAsync();
    }
}
