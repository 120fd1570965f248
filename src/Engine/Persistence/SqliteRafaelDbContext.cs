using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Rafael.Engine.Journal;

namespace Rafael.Engine.Persistence;

/// <summary>The SQLite flavour (the default: a file, nothing to install). Owns the SQLite migrations.</summary>
public sealed class SqliteRafaelDbContext : RafaelDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">Options.</param>
    /// <param name="journal">Journal context.</param>
    /// <param name="time">Clock.</param>
    public SqliteRafaelDbContext(DbContextOptions<SqliteRafaelDbContext> options, IJournalContext? journal = null, TimeProvider? time = null)
        : base(options, journal, time)
    {
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite stores DateTimeOffset as text and cannot compare or sort it in SQL; a binary form can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
