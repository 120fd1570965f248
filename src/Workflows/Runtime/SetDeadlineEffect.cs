namespace Rafael.Workflows.Runtime;

/// <summary>Set (or move) the entity's deadline of this name; when due, <paramref name="Trigger"/> is fired as <c>systeme</c>.</summary>
/// <param name="Deadline">The deadline's name, unique per entity.</param>
/// <param name="Trigger">The trigger to fire.</param>
/// <param name="DueAt">The absolute due time.</param>
public sealed record SetDeadlineEffect(string Deadline, string Trigger, DateTimeOffset DueAt) : WorkflowEffect;
