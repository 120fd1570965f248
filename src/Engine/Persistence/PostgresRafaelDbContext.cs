using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Journal;

namespace Rafael.Engine.Persistence;

/// <summary>The PostgreSQL flavour. Owns the PostgreSQL migrations.</summary>
public sealed class PostgresRafaelDbContext : RafaelDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">Options.</param>
    /// <param name="journal">Journal context.</param>
    /// <param name="time">Clock.</param>
    public PostgresRafaelDbContext(DbContextOptions<PostgresRafaelDbContext> options, IJournalContext? journal = null, TimeProvider? time = null)
        : base(options, journal, time)
    {
    }
}
