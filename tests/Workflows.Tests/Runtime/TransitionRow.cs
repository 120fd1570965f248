using System.Globalization;
using Rafael.Workflows.Definitions;

namespace Rafael.Workflows.Tests.Runtime;

/// <summary>One parsed row of <see cref="TransitionTable"/>.</summary>
internal sealed record TransitionRow(
    string Definition,
    string State,
    string Trigger,
    string[] Roles,
    IReadOnlyDictionary<string, string> Arguments,
    string[] FailingRuleSets,
    string? Target,
    string? RefusalId)
{
    public static TransitionRow Parse(string row)
    {
        var cells = row.Split('|').Select(c => c.Trim()).ToArray();
        var expected = cells[6];
        return new TransitionRow(
            cells[0],
            cells[1],
            cells[2],
            Split(cells[3], ','),
            Split(cells[4], ';').Select(a => a.Split('=', 2)).ToDictionary(a => a[0].Trim(), a => a[1].Trim()),
            Split(cells[5], ','),
            expected.StartsWith("=>", StringComparison.Ordinal) ? expected[2..].Trim() : null,
            expected.StartsWith('!') ? expected[1..].Trim() : null);
    }

    /// <summary>The arguments typed as the trigger's parameters, with valid defaults for required ones not given.</summary>
    public Dictionary<string, object?> TypedArguments(TriggerDefinition trigger)
    {
        var arguments = new Dictionary<string, object?>();
        foreach (var parameter in trigger.Parameters)
        {
            if (Arguments.TryGetValue(parameter.Name, out var text))
            {
                arguments[parameter.Name] = Convert(parameter.Type, text);
            }
            else if (parameter.Required)
            {
                arguments[parameter.Name] = Default(parameter);
            }
        }

        return arguments;
    }

    public override string ToString() => $"{Definition}: {State} --{Trigger} [{string.Join(",", Roles)}]--> {Target ?? "!" + RefusalId}";

    private static object Default(TriggerParameterDefinition parameter) => parameter.Type switch
    {
        ParameterType.String => "Texte",
        ParameterType.Integer => 35,
        ParameterType.Decimal => 1.5m,
        ParameterType.Boolean => true,
        ParameterType.Date => new DateOnly(2022, 9, 1),
        ParameterType.DateTime => new DateTimeOffset(2022, 5, 2, 9, 0, 0, TimeSpan.FromHours(2)),
        _ => parameter.Values[0],
    };

    private static object Convert(ParameterType type, string text) => type switch
    {
        ParameterType.Boolean => bool.Parse(text),
        ParameterType.Integer => int.Parse(text, CultureInfo.InvariantCulture),
        ParameterType.Decimal => decimal.Parse(text, CultureInfo.InvariantCulture),
        ParameterType.Date => DateOnly.Parse(text, CultureInfo.InvariantCulture),
        ParameterType.DateTime => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
        _ => text,
    };

    private static string[] Split(string cell, char separator) =>
        cell.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
