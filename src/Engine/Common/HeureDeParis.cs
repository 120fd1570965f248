namespace Rafael.Engine.Common;

/// <summary>Instants are stored in UTC; users read them in Paris time.</summary>
public static class HeureDeParis
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The instant in Paris time.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns>The same instant with the Paris offset.</returns>
    public static DateTimeOffset En(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Paris);

    /// <summary>"23/11/2026 à 14:30", in Paris time.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns>The French text.</returns>
    public static string Texte(DateTimeOffset instant) =>
        En(instant).ToString("dd/MM/yyyy 'à' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
}
