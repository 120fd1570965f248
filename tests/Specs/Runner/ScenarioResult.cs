namespace Rafael.Specs.Runner;

/// <summary>The outcome of one scenario case.</summary>
/// <param name="Message">Why it did not pass: the step, its file and line, the error; null when it passed.</param>
/// <param name="Error">The exception a step threw, kept for its stack trace.</param>
public sealed record ScenarioResult(
    ScenarioSpec Scenario,
    ScenarioStatus Status,
    IReadOnlyList<StepResult> Steps,
    string? Message,
    TimeSpan Duration,
    Exception? Error = null)
{
    /// <summary>Makes the xunit test fail with the message, for every status but <see cref="ScenarioStatus.Passed"/>.</summary>
    public void ThrowIfNotPassed()
    {
        if (Status != ScenarioStatus.Passed)
        {
            throw new ScenarioFailedException(Message ?? Status.ToString(), Error);
        }
    }
}
