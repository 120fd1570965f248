using System.Collections;
using System.Globalization;

namespace Rafael.Rules;

/// <summary>Writes values into French messages the way users read them (15/07/2024, 2,5, oui).</summary>
internal static class ValueFormatter
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "oui" : "non",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("dd/MM/yyyy", French) : d.ToString("dd/MM/yyyy HH:mm", French),
        decimal m => m.ToString("0.##", French),
        double f => f.ToString("0.##", French),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)),
        IFormattable f => f.ToString(null, French),
        _ => value.ToString() ?? string.Empty,
    };
}
