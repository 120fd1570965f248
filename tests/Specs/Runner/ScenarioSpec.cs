namespace Rafael.Specs.Runner;

/// <summary>One runnable case: a scenario, or one example row of a Plan du scénario.</summary>
/// <param name="FeaturePath">The feature file, relative to the features folder, with '/' separators.</param>
/// <param name="Line">Identifies the case in its file: the scenario's line, or the example row's line.</param>
/// <param name="ScenarioLine">The line of the Scénario keyword.</param>
/// <param name="Rule">The name of the Règle holding the scenario, if any.</param>
/// <param name="Tags">The tags without '@': the feature's, the rule's, the scenario's and the examples'.</param>
/// <param name="Example">The example row's values (column → value), empty for a plain scenario.</param>
/// <param name="LoadError">Set when the file could not be read: running the case fails with it.</param>
public sealed record ScenarioSpec(
    string FeaturePath,
    string FeatureName,
    int Line,
    int ScenarioLine,
    string Name,
    string? Rule,
    IReadOnlyList<string> Tags,
    IReadOnlyList<StepSpec> Steps,
    IReadOnlyDictionary<string, string> Example,
    string? LoadError = null)
{
    /// <summary>"Fonctionnalité › Scénario [valeurs]": the name xunit shows.</summary>
    public string DisplayName =>
        $"{FeatureName} › {Name}" + (Example.Count == 0 ? string.Empty : $" [{string.Join(", ", Example.Values)}]");
}
