using System.Globalization;

namespace Rafael.Specs.Runner;

/// <summary>Turns the text captured from a step into the type of the method's parameter, the French way.</summary>
public static class StepArgumentConverter
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];
    private static readonly string[] DateTimeFormats = ["dd/MM/yyyy HH:mm", "dd/MM/yyyy HH'h'mm", "dd/MM/yyyy", "yyyy-MM-ddTHH:mm:ss"];
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH'h'mm", "H'h'mm", "HH:mm:ss"];

    public static object? Convert(string? text, Type target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var underlying = Nullable.GetUnderlyingType(target);
        if (text is null)
        {
            return !target.IsValueType || underlying is not null
                ? null
                : throw new FormatException($"Aucune valeur pour un paramètre de type {target.Name}.");
        }

        var type = underlying ?? target;
        try
        {
            return ConvertNonNull(text, type);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            throw new FormatException($"Impossible de convertir « {text} » en {type.Name} : {e.Message}", e);
        }
    }

    private static object ConvertNonNull(string text, Type type)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(int))
        {
            return int.Parse(text, NumberStyles.Integer, invariant);
        }

        if (type == typeof(long))
        {
            return long.Parse(text, NumberStyles.Integer, invariant);
        }

        // French writes 12,5; the feature files may also say 12.5.
        if (type == typeof(decimal))
        {
            return decimal.Parse(text.Replace(',', '.'), NumberStyles.Number, invariant);
        }

        if (type == typeof(double))
        {
            return double.Parse(text.Replace(',', '.'), NumberStyles.Float, invariant);
        }

        if (type == typeof(DateOnly))
        {
            return DateOnly.ParseExact(text, DateFormats, invariant);
        }

        if (type == typeof(DateTime))
        {
            return DateTime.ParseExact(text, DateTimeFormats, invariant, DateTimeStyles.None);
        }

        if (type == typeof(TimeOnly))
        {
            return TimeOnly.ParseExact(text, TimeFormats, invariant);
        }

        if (type == typeof(bool))
        {
            return text.ToUpperInvariant() switch
            {
                "OUI" or "VRAI" or "TRUE" => true,
                "NON" or "FAUX" or "FALSE" => false,
                _ => throw new FormatException("attendu oui ou non."),
            };
        }

        if (type == typeof(Guid))
        {
            return Guid.Parse(text, invariant);
        }

        if (type.IsEnum)
        {
            return Enum.Parse(type, text.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true);
        }

        throw new FormatException($"type de paramètre non pris en charge ({type.FullName}).");
    }
}
