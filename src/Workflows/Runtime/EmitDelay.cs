using System.Globalization;
using System.Text.RegularExpressions;

namespace Rafael.Workflows.Runtime;

/// <summary>
/// The delay of an <c>emit</c> effect: an ISO 8601 duration in days, hours, minutes and seconds (<c>PT0S</c>,
/// <c>PT5M</c>, <c>P1D</c>: a fixed length of time), or <c>lendemain</c>, the start of the next calendar day in
/// Europe/Paris, for partners that take the day's messages the day after whatever the hour of the verdict.
/// </summary>
/// <remarks>Years and months are refused: their length depends on the date, and no partner needs them.</remarks>
public sealed partial class EmitDelay
{
    /// <summary>The "next day" form.</summary>
    public const string NextDay = "lendemain";

    private static readonly Lazy<TimeZoneInfo> Paris = new(() => TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

    private readonly TimeSpan? _duration;

    private EmitDelay(TimeSpan? duration) => _duration = duration;

    /// <summary>Reads a delay as written in a definition.</summary>
    /// <param name="text">The delay's text.</param>
    /// <param name="delay">The delay, when the text is one.</param>
    /// <returns>True when the text is a delay.</returns>
    public static bool TryParse(string? text, out EmitDelay? delay)
    {
        delay = null;
        if (text is null)
        {
            return false;
        }

        if (text == NextDay)
        {
            delay = new EmitDelay(null);
            return true;
        }

        var match = Duration().Match(text);
        if (!match.Success || text is "P" or "PT")
        {
            return false;
        }

        try
        {
            var duration = TimeSpan.FromDays(Part(match, "d"))
                + TimeSpan.FromHours(Part(match, "h"))
                + TimeSpan.FromMinutes(Part(match, "m"))
                + TimeSpan.FromSeconds(Part(match, "s"));
            delay = new EmitDelay(duration);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>When a message emitted at <paramref name="now"/> becomes available.</summary>
    /// <param name="now">The transition's time.</param>
    /// <returns>The instant, in UTC.</returns>
    public DateTimeOffset AvailableAt(DateTimeOffset now)
    {
        if (_duration is { } duration)
        {
            return (now + duration).ToUniversalTime();
        }

        // Midnight is never skipped nor repeated in Paris (the clocks change at 2 or 3 a.m.).
        var local = TimeZoneInfo.ConvertTime(now, Paris.Value);
        var nextDay = local.Date.AddDays(1);
        return new DateTimeOffset(nextDay, Paris.Value.GetUtcOffset(nextDay)).ToUniversalTime();
    }

    private static double Part(Match match, string group) =>
        match.Groups[group].Success ? double.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<d>[0-9]{1,5})D)?(?:T(?=[0-9])(?:(?<h>[0-9]{1,6})H)?(?:(?<m>[0-9]{1,8})M)?(?:(?<s>[0-9]{1,9})S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
