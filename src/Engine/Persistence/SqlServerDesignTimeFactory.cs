using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rafael.Engine.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context without a server (migrations only).</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerRafaelDbContext>
{
    /// <inheritdoc />
    public SqlServerRafaelDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerRafaelDbContext>().UseSqlServer("Server=localhost;Database=rafael_design;TrustServerCertificate=True").Options);
}
