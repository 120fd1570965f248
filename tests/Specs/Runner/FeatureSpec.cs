namespace Rafael.Specs.Runner;

/// <summary>A parsed feature file and the cases it yields.</summary>
public sealed record FeatureSpec(
    string Path,
    string Name,
    string Description,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ScenarioSpec> Scenarios);
