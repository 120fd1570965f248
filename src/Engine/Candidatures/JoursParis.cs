using Rafael.Engine.Common;

namespace Rafael.Engine.Candidatures;

/// <summary>Calendar days as users in France count them.</summary>
internal static class JoursParis
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The day an instant falls on in Paris.</summary>
    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(HeureDeParis.En(instant).DateTime);

    /// <summary>Midnight in Paris at the start of a day, as an instant.</summary>
    public static DateTimeOffset Debut(DateOnly jour)
    {
        var local = jour.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Paris.GetUtcOffset(local)).ToUniversalTime();
    }
}
