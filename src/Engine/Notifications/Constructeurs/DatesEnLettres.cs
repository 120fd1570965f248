using System.Globalization;

namespace Rafael.Engine.Notifications.Constructeurs;

/// <summary>Dates as emails write them, in French (« lundi 7 septembre 2026 »).</summary>
public static class DatesEnLettres
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>A date in words.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string De(DateOnly date) => date.ToString("dddd d MMMM yyyy", Francais);
}
