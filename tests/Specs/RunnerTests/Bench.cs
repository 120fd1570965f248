using Rafael.Specs.Runner;
using Rafael.Specs.RunnerTests.Steps;

namespace Rafael.Specs.RunnerTests;

/// <summary>The runner set up on the runner's own test features and steps, away from the living documentation.</summary>
internal static class Bench
{
    public static FeatureCatalog Features { get; } =
        FeatureCatalog.Load(Path.Combine(AppContext.BaseDirectory, "RunnerTests", "Features"));

    public static StepCatalog Steps { get; } =
        StepCatalog.FromNamespace(typeof(Bench).Assembly, typeof(Recorder).Namespace!);

    public static FeatureSpec Feature(string path) => Features.Features.Single(f => f.Path == path);

    public static ScenarioSpec Scenario(string path, string name) => Feature(path).Scenarios.Single(s => s.Name == name);

    /// <summary>Runs one scenario in a feature scope of its own; returns the result and what the steps recorded.</summary>
    public static async Task<(ScenarioResult Result, List<object?> Recorded)> RunAsync(ScenarioSpec scenario)
    {
        await using var scope = new FeatureScope();
        var result = await new ScenarioRunner(Steps).RunAsync(scenario, scope, Xunit.TestContext.Current.CancellationToken);
        var recorder = await scope.GetAsync<Recorder>();
        return (result, recorder.Entries);
    }

    public static Task<(ScenarioResult Result, List<object?> Recorded)> RunAsync(string path, string name) =>
        RunAsync(Scenario(path, name));
}
