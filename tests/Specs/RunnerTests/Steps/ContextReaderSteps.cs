using Rafael.Specs.Runner;

namespace Rafael.Specs.RunnerTests.Steps;

/// <summary>Reads what another step class stored, and gets that class's instance of the same scenario.</summary>
public sealed class ContextReaderSteps(ScenarioContext context, AsyncSteps asyncSteps, Recorder recorder)
{
    [Alors("une autre classe d'étapes lit {string} dans le contexte")]
    public void Lit(string expected)
    {
        recorder.Entries.Add(context.Get<string>("partage") == expected);
        recorder.Entries.Add(asyncSteps.Instance);
    }
}
