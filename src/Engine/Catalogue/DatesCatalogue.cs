namespace Rafael.Engine.Catalogue;

/// <summary>Calendar dates of the catalogue as instants: a date starts at midnight in Paris.</summary>
public static class DatesCatalogue
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Midnight in Paris on that date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset MinuitParis(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Paris.GetUtcOffset(local));
    }

    /// <summary>Today in Paris.</summary>
    /// <param name="time">The clock.</param>
    /// <returns>The date.</returns>
    public static DateOnly Aujourdhui(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Paris).DateTime);
    }
}
