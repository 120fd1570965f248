namespace Rafael.Api.Tests.Support;

/// <summary>The Api on a SQLite file of its own.</summary>
public class SqliteApiHost : ApiHost
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "rafael-tests", Guid.NewGuid().ToString("N"));

    protected override string Provider => "Sqlite";

    protected override Task<string> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(folder);
        return Task.FromResult($"Data Source={Path.Combine(folder, "rafael.db")}");
    }

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
