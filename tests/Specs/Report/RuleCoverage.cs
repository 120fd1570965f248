using System.Text.RegularExpressions;
using Rafael.Specs.Runner;

namespace Rafael.Specs.Report;

/// <summary>Which scenarios check a rule: those tagged with its ID.</summary>
public sealed partial record RuleCoverage(DomainRule Rule, IReadOnlyList<ScenarioSpec> Scenarios)
{
    public bool Covered => Scenarios.Count > 0;

    public static IReadOnlyList<RuleCoverage> Compute(IEnumerable<DomainRule> rules, IEnumerable<ScenarioSpec> scenarios)
    {
        var all = scenarios.ToList();
        return [.. rules.Select(rule => new RuleCoverage(rule, [.. all.Where(s => s.Tags.Contains(rule.Id, StringComparer.Ordinal))]))];
    }

    /// <summary>Tags that look like rule IDs but name no rule: a typo, or a rule that was renumbered.</summary>
    public static IReadOnlyList<string> UnknownRuleTags(IEnumerable<DomainRule> rules, IEnumerable<ScenarioSpec> scenarios)
    {
        var known = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return [.. scenarios.SelectMany(s => s.Tags)
            .Where(t => RuleId().IsMatch(t) && !known.Contains(t))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"^[A-Z]+-\d+$")]
    private static partial Regex RuleId();
}
