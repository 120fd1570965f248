using Rafael.Specs.Runner;

namespace Rafael.Specs.Report;

/// <summary>What a run of the living documentation found, ready to render.</summary>
/// <param name="Features">Every feature of the catalog, run or not (a filtered run still documents them all).</param>
/// <param name="Rules">The rules of DOMAIN.md, or null when the file was not found.</param>
public sealed record RunReport(
    DateTimeOffset GeneratedAt,
    IReadOnlyList<FeatureSpec> Features,
    IReadOnlyList<ScenarioResult> Results,
    IReadOnlyList<DomainRule>? Rules,
    string? DomainPath)
{
    public IEnumerable<ScenarioSpec> Scenarios => Features.SelectMany(f => f.Scenarios);

    public ScenarioResult? ResultOf(ScenarioSpec scenario) =>
        Results.LastOrDefault(r => r.Scenario.FeaturePath == scenario.FeaturePath && r.Scenario.Line == scenario.Line);

    public IReadOnlyList<RuleCoverage> Coverage => Rules is null ? [] : RuleCoverage.Compute(Rules, Scenarios);

    public IReadOnlyList<string> UnknownRuleTags => Rules is null ? [] : RuleCoverage.UnknownRuleTags(Rules, Scenarios);

    /// <summary>The code of a scenario's outcome in summary.json: passed, failed, undefined, ambiguous or notRun.</summary>
    public string StatusCode(ScenarioSpec scenario) => ResultOf(scenario)?.Status switch
    {
        null => "notRun",
        var status => char.ToLowerInvariant(status.Value.ToString()[0]) + status.Value.ToString()[1..],
    };

    /// <summary>How the report names a scenario's outcome, in French.</summary>
    public string StatusLabel(ScenarioSpec scenario) => ResultOf(scenario)?.Status switch
    {
        null => "Non exécuté",
        ScenarioStatus.Passed => "Réussi",
        ScenarioStatus.Failed => "Échoué",
        ScenarioStatus.Undefined => "Non défini",
        _ => "Ambigu",
    };
}
