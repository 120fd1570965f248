using Rafael.Specs.Runner;

namespace Rafael.Specs.RunnerTests.Steps;

/// <summary>An asynchronous step that shares a value through the scenario context.</summary>
public sealed class AsyncSteps(ScenarioContext context, Recorder recorder)
{
    public int Instance { get; } = Interlocked.Increment(ref created);

    private static int created;

    [Soit("une étape asynchrone range {string} dans le contexte")]
    public async Task Range(string value)
    {
        // Yield for real, so that the runner must await the task and not merely start it.
        await Task.Delay(20, context.CancellationToken);
        context.Set(value, "partage");
        recorder.Entries.Add(Instance);
    }
}
