namespace Rafael.Workflows.Runtime;

/// <summary>A transition that happened (or would happen, for a check): what the journal records.</summary>
/// <param name="DefinitionName">The definition's name.</param>
/// <param name="DefinitionVersion">The version the entity is pinned to.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after; equal to <paramref name="From"/> for an internal transition.</param>
/// <param name="Trigger">The trigger fired.</param>
/// <param name="Arguments">The trigger's arguments, as supplied.</param>
/// <param name="OccurredAt">When, from the injected <see cref="TimeProvider"/>.</param>
public sealed record WorkflowTransition(
    string DefinitionName,
    int DefinitionVersion,
    string From,
    string To,
    string Trigger,
    IReadOnlyDictionary<string, object?> Arguments,
    DateTimeOffset OccurredAt);
