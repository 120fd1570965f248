using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Rafael.Workflows.Tests.Support;

/// <summary>
/// Stores a DateTimeOffset as UTC ticks on SQLite, which cannot compare or order DateTimeOffset columns;
/// a host DbContext on SQLite needs the same convention for the deadline and outbox queries.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
