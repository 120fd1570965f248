using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Rafael.Workflows.Deadlines;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as its UTC ticks. SQLite cannot compare or order DateTimeOffset columns,
/// which the deadline and outbox queries do: a host context on SQLite must store them this way, in its
/// <c>ConfigureConventions</c>:
/// <code>
/// if (Database.IsSqlite())
///     configurationBuilder.Properties&lt;DateTimeOffset&gt;().HaveConversion&lt;UtcTicksConverter&gt;();
/// </code>
/// </summary>
public sealed class UtcTicksConverter : ValueConverter<DateTimeOffset, long>
{
    /// <summary>Creates the converter; the offset is not kept, times come back in UTC.</summary>
    public UtcTicksConverter()
        : base(value => value.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero))
    {
    }
}
