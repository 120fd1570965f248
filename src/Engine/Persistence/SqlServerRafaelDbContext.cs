using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Journal;

namespace Rafael.Engine.Persistence;

/// <summary>The SQL Server flavour (the customer's production target). Owns the SQL Server migrations.</summary>
public sealed class SqlServerRafaelDbContext : RafaelDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">Options.</param>
    /// <param name="journal">Journal context.</param>
    /// <param name="time">Clock.</param>
    public SqlServerRafaelDbContext(DbContextOptions<SqlServerRafaelDbContext> options, IJournalContext? journal = null, TimeProvider? time = null)
        : base(options, journal, time)
    {
    }
}
