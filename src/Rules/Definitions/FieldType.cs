namespace Rafael.Rules;

/// <summary>A declared field type: what the CLR sees in expressions, and whether null is accepted.</summary>
internal sealed record FieldType(string Name, Type ClrType, bool Nullable)
{
    private static readonly Dictionary<string, (Type Value, Type Nullable)> Known = new(StringComparer.Ordinal)
    {
        ["string"] = (typeof(string), typeof(string)),
        ["integer"] = (typeof(int), typeof(int?)),
        ["number"] = (typeof(decimal), typeof(decimal?)),
        ["boolean"] = (typeof(bool), typeof(bool?)),
        // Dates are DateTime at midnight: System.Linq.Dynamic compares and offsets DateTime natively, not DateOnly.
        ["date"] = (typeof(DateTime), typeof(DateTime?)),
        ["string[]"] = (typeof(string[]), typeof(string[])),
    };

    /// <summary>The type names a rule set may declare, without the optional "?" suffix.</summary>
    public static IEnumerable<string> Names => Known.Keys;

    public bool IsDate => ClrType == typeof(DateTime) || ClrType == typeof(DateTime?);

    public static bool TryParse(string text, out FieldType type)
    {
        var nullable = text.EndsWith('?');
        var name = nullable ? text[..^1] : text;
        if (Known.TryGetValue(name, out var clr))
        {
            type = new FieldType(name, nullable ? clr.Nullable : clr.Value, nullable);
            return true;
        }

        type = null!;
        return false;
    }

    public override string ToString() => Nullable ? Name + "?" : Name;
}
