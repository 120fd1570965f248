using Rafael.Specs.Runner;

namespace Rafael.Specs.RunnerTests.Steps;

/// <summary>What the test steps saw, kept for the whole feature so that the test reads it after the run.</summary>
public sealed class Recorder : IFeatureFixture
{
    public List<object?> Entries { get; } = [];
}
