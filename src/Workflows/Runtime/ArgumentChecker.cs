using System.Globalization;
using System.Text.Json;
using Rafael.Rules;
using Rafael.Workflows.Definitions;

namespace Rafael.Workflows.Runtime;

/// <summary>Checks a trigger's arguments against its typed parameters, and matches transitions' <c>when</c> conditions.</summary>
internal static class ArgumentChecker
{
    public static IReadOnlyList<RuleFailure> Check(TriggerDefinition trigger, IReadOnlyDictionary<string, object?> arguments)
    {
        if (arguments.Count == 0 && trigger.Parameters.Count == 0)
        {
            // Most triggers take no argument: nothing to check, nothing to allocate.
            return [];
        }

        var failures = new List<RuleFailure>();
        foreach (var name in arguments.Keys)
        {
            if (!trigger.Parameters.Any(p => p.Name == name))
            {
                failures.Add(Failure($"Le paramètre « {name} » n'est pas attendu par l'action « {trigger.Label} »."));
            }
        }

        foreach (var parameter in trigger.Parameters)
        {
            arguments.TryGetValue(parameter.Name, out var value);
            // A blank text is no answer: a required reason cannot be given as spaces.
            if (value is null || (value is string text && string.IsNullOrWhiteSpace(text)))
            {
                if (parameter.Required)
                {
                    failures.Add(Failure($"« {parameter.Label} » est obligatoire."));
                }

                continue;
            }

            var problem = CheckType(parameter, value);
            if (problem is not null)
            {
                failures.Add(Failure(problem));
            }
        }

        return failures;
    }

    public static bool Matches(TransitionDefinition transition, IReadOnlyDictionary<string, object?> arguments)
    {
        if (transition.When.Count == 0)
        {
            return true;
        }

        foreach (var (name, expected) in transition.When)
        {
            arguments.TryGetValue(name, out var actual);
            var accepted = expected.ValueKind == JsonValueKind.Array ? expected.EnumerateArray().ToList() : [expected];
            if (!accepted.Any(value => Equal(value, actual)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Equal(JsonElement expected, object? actual) => expected.ValueKind switch
    {
        JsonValueKind.True => actual is true,
        JsonValueKind.False => actual is false,
        JsonValueKind.Number => IsNumber(actual) && Convert.ToDecimal(actual, CultureInfo.InvariantCulture) == expected.GetDecimal(),
        JsonValueKind.String => actual is string text && text == expected.GetString(),
        _ => false,
    };

    private static string? CheckType(TriggerParameterDefinition parameter, object value)
    {
        var ok = parameter.Type switch
        {
            ParameterType.String => value is string,
            ParameterType.Integer => value is int or long or short,
            ParameterType.Decimal => IsNumber(value),
            ParameterType.Boolean => value is bool,
            ParameterType.Date => value is DateOnly or DateTime or DateTimeOffset,
            ParameterType.DateTime => value is DateTime or DateTimeOffset,
            _ => value is string,
        };
        if (!ok)
        {
            return $"« {parameter.Label} » n'a pas le bon type (attendu : {parameter.Type.ToString().ToLowerInvariant()}).";
        }

        if (parameter.Type == ParameterType.Enum && !parameter.Values.Contains((string)value))
        {
            return $"« {value} » n'est pas une valeur possible de « {parameter.Label} ».";
        }

        if (parameter.MaxLength is { } max && value is string text && text.Length > max)
        {
            return $"« {parameter.Label} » dépasse {max} caractères.";
        }

        return null;
    }

    private static bool IsNumber(object? value) => value is int or long or short or decimal or double or float;

    private static RuleFailure Failure(string message) => new(WorkflowRefusalIds.Parameter, message);
}
