namespace Rafael.Specs.Hosting;

/// <summary>A database made for one host and thrown away after it.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable that, holding a PostgreSQL connection string, selects PostgreSQL.</summary>
    public const string PostgresVariable = "RAFAEL_TEST_POSTGRES";

    /// <summary>The value of Rafael:Database:Provider: Sqlite, PostgreSQL or SqlServer.</summary>
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>PostgreSQL when <see cref="PostgresVariable"/> is set, a SQLite file otherwise.</summary>
    public static async Task<TestDatabase> CreateAsync(CancellationToken cancellationToken = default)
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        return string.IsNullOrWhiteSpace(postgres)
            ? SqliteTestDatabase.Create()
            : await PostgresTestDatabase.CreateAsync(postgres, cancellationToken);
    }

    public abstract ValueTask DisposeAsync();
}
