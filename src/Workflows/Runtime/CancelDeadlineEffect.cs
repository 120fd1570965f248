namespace Rafael.Workflows.Runtime;

/// <summary>Cancel the entity's deadline of this name, if it is still pending.</summary>
/// <param name="Deadline">The deadline's name.</param>
public sealed record CancelDeadlineEffect(string Deadline) : WorkflowEffect;
