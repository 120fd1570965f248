using Microsoft.Data.Sqlite;

namespace Rafael.Specs.Hosting;

/// <summary>A SQLite file in a folder of its own under the temp folder; the folder goes when the host stops.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string folder;

    private SqliteTestDatabase(string folder)
    {
        this.folder = folder;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "rafael.db") }.ToString();
    }

    public override string Provider => "Sqlite";

    public override string ConnectionString { get; }

    public static SqliteTestDatabase Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rafael-specs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new SqliteTestDatabase(folder);
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
