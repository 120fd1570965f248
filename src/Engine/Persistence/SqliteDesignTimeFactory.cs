using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rafael.Engine.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the Api (migrations only).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRafaelDbContext>
{
    /// <inheritdoc />
    public SqliteRafaelDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRafaelDbContext>().UseSqlite("Data Source=design.db").Options);
}
