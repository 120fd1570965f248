namespace Rafael.Specs.Runner;

/// <summary>The outcome of one step; the message says why it did not pass.</summary>
public sealed record StepResult(StepSpec Step, StepStatus Status, string? Message = null);
