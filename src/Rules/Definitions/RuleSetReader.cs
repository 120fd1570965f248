using System.Text.Json;

namespace Rafael.Rules;

/// <summary>Reads a rule set that already passed the schema; keeps the JSON order of inputs, variables and rules.</summary>
internal static class RuleSetReader
{
    public static RuleSetDefinition Read(JsonElement root)
    {
        var inputs = root.GetProperty("inputs").EnumerateObject().Select(ReadInput).ToList();
        var rules = root.GetProperty("rules").EnumerateArray().Select(ReadRule).ToList();
        return new RuleSetDefinition(
            root.GetProperty("name").GetString()!,
            OptionalString(root, "description"),
            inputs,
            ReadVariables(root),
            rules);
    }

    private static RuleInputDefinition ReadInput(JsonProperty input)
    {
        var description = OptionalString(input.Value, "description");
        if (input.Value.TryGetProperty("type", out var type))
        {
            return new RuleInputDefinition(input.Name, description, ParseType(type.GetString()!), []);
        }

        var fields = input.Value.GetProperty("fields").EnumerateObject()
            .Select(f => new RuleFieldDefinition(
                f.Name,
                ParseType(f.Value.GetProperty("type").GetString()!),
                OptionalString(f.Value, "description")))
            .ToList();
        return new RuleInputDefinition(input.Name, description, null, fields);
    }

    private static RuleDefinition ReadRule(JsonElement rule) => new(
        rule.GetProperty("id").GetString()!,
        rule.GetProperty("name").GetString()!,
        rule.GetProperty("expression").GetString()!,
        rule.GetProperty("message").GetString()!,
        ReadVariables(rule),
        !rule.TryGetProperty("enabled", out var enabled) || enabled.GetBoolean());

    private static List<RuleVariableDefinition> ReadVariables(JsonElement owner) =>
        owner.TryGetProperty("variables", out var variables)
            ? variables.EnumerateObject().Select(v => new RuleVariableDefinition(v.Name, v.Value.GetString()!)).ToList()
            : [];

    private static FieldType ParseType(string text) =>
        FieldType.TryParse(text, out var type)
            ? type
            : throw new JsonException($"Type inconnu : « {text} ».");

    private static string? OptionalString(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) ? value.GetString() : null;
}
