using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Rafael.Rules;

/// <summary>Converts what the caller passes (records, enums, DateOnly, JSON…) to a declared field type.</summary>
internal static class ValueConverter
{
    public static object? Convert(object? value, FieldType type, string path)
    {
        if (value is JsonElement json)
        {
            value = FromJson(json);
        }

        if (value is null)
        {
            return type.Nullable
                ? null
                : throw new ArgumentException($"L'entrée « {path} » ({type}) est obligatoire et vaut null.");
        }

        try
        {
            return type.Name switch
            {
                "string" => value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture),
                "integer" => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
                "number" => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                "boolean" => System.Convert.ToBoolean(value, CultureInfo.InvariantCulture),
                "date" => ToDate(value),
                "string[]" => ToStrings(value),
                _ => throw new InvalidOperationException(type.Name),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new ArgumentException($"L'entrée « {path} » attend le type {type} ; valeur reçue : « {value} ».", e);
        }
    }

    private static DateTime ToDate(object value) => value switch
    {
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTime d => d.Date,

        // The offset's own calendar day: callers pass TimeProvider.GetLocalNow() in the region's time zone.
        DateTimeOffset d => d.Date,
        string s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces).Date,
        _ => throw new InvalidCastException(),
    };

    private static string[] ToStrings(object value) => value switch
    {
        string[] strings => strings,
        string => throw new InvalidCastException(),
        IEnumerable items => [.. items.Cast<object?>().Select(i => System.Convert.ToString(i, CultureInfo.InvariantCulture) ?? string.Empty)],
        _ => throw new InvalidCastException(),
    };

    private static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => json.EnumerateArray().Select(FromJson).ToList(),
        _ => json.GetRawText(),
    };
}
