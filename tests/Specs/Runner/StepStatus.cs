namespace Rafael.Specs.Runner;

/// <summary>How a step ended.</summary>
public enum StepStatus
{
    Passed,
    Failed,
    Undefined,
    Ambiguous,

    /// <summary>Not run, because an earlier step failed or a step of the scenario has no single binding.</summary>
    Skipped,
}
