namespace Rafael.Workflows.Runtime;

/// <summary>A new entity's start: the version it is pinned to, its first state and the entry effects of that state.</summary>
/// <param name="DefinitionName">The definition's name.</param>
/// <param name="DefinitionVersion">The published version the entity is now pinned to.</param>
/// <param name="Status">The initial state.</param>
/// <param name="Effects">The initial state's entry effects.</param>
public sealed record WorkflowStart(string DefinitionName, int DefinitionVersion, string Status, IReadOnlyList<WorkflowEffect> Effects);
