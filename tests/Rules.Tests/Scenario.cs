using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Rafael.Rules.Tests;

/// <summary>
/// Builds the inputs of one table row: a valid baseline, then "input.field=value; …" changes (separated by "; ") written in the row.
/// Values take the baseline's type; "null" is null, "x*251" is 251 times "x", "A|B" a list.
/// </summary>
internal static partial class Scenario
{
    public static readonly RuleSetEvaluator Evaluator = new(new EmbeddedRuleSetSource());

    /// <summary>The same rule sets run through RulesEngine's own execution, that every table row must agree with.</summary>
    public static readonly RuleSetEvaluator Reference = new(new EmbeddedRuleSetSource(), throughRulesEngine: true);

    private static readonly ParametresProvider Parametres = new(new EmbeddedParametresSource());

    public static async Task<string> FailingRuleIdsAsync(string ruleSet, RuleInputs baseline, string changes)
    {
        Apply(baseline, changes);
        var verdict = await Evaluator.EvaluateAsync(ruleSet, baseline, TestContext.Current.CancellationToken);
        var reference = await Reference.EvaluateAsync(ruleSet, baseline, TestContext.Current.CancellationToken);
        Assert.Equal(reference.Failures, verdict.Failures);
        Assert.Equal(verdict.Failures.Count == 0, verdict.IsAllowed);
        Assert.All(verdict.Failures, f => Assert.Contains($"({f.RuleId})", f.Message, StringComparison.Ordinal));
        return string.Join(",", verdict.Failures.Select(f => f.RuleId));
    }

    /// <summary>The parameters of a dispositif as shipped, as a dictionary so rows can change them.</summary>
    public static async Task<Dictionary<string, object?>> ParametresOf(string dispositif)
    {
        var parametres = await Parametres.GetAsync(dispositif, TestContext.Current.CancellationToken);
        return typeof(Parametres).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.Name, p => p.GetValue(parametres), StringComparer.OrdinalIgnoreCase);
    }

    public static void Apply(RuleInputs inputs, string changes)
    {
        foreach (var change in changes.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (path, text) = (change[..change.IndexOf('=', StringComparison.Ordinal)].Trim(), change[(change.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim());
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                inputs[path] = Parse(text, inputs.GetValueOrDefault(path))!;
            }
            else
            {
                var fields = (Dictionary<string, object?>)inputs[path[..dot]];
                var field = path[(dot + 1)..];
                Assert.True(fields.ContainsKey(field), $"Le scénario change un champ absent de la base : {path}.");
                fields[field] = Parse(text, fields[field]);
            }
        }
    }

    private static object? Parse(string text, object? like)
    {
        if (text == "null")
        {
            return null;
        }

        if (Repeat().Match(text) is { Success: true } repeat)
        {
            return new string(repeat.Groups[1].Value[0], int.Parse(repeat.Groups[2].Value, CultureInfo.InvariantCulture));
        }

        return like switch
        {
            int => int.Parse(text, CultureInfo.InvariantCulture),
            decimal => decimal.Parse(text, CultureInfo.InvariantCulture),
            bool => bool.Parse(text),
            DateOnly => DateOnly.Parse(text, CultureInfo.InvariantCulture),
            string[] => text.Split('|', StringSplitOptions.RemoveEmptyEntries),
            null when DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) => date,
            null when int.TryParse(text, CultureInfo.InvariantCulture, out var number) => number,
            _ => text,
        };
    }

    [GeneratedRegex(@"^(.)\*(\d+)$")]
    private static partial Regex Repeat();
}
