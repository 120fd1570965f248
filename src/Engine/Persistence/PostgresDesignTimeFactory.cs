using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rafael.Engine.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a server (migrations only).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRafaelDbContext>
{
    /// <inheritdoc />
    public PostgresRafaelDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRafaelDbContext>().UseNpgsql("Host=localhost;Database=rafael_design").Options);
}
