namespace Rafael.Workflows.Definitions;

/// <summary>
/// A lifecycle described as data: its states, the triggers users or the system may fire, and the transitions
/// between states with their guards, roles and effects. One file of <c>Definitions/*.json</c> is one of these.
/// </summary>
public sealed record ProcessDefinition
{
    /// <summary>The definition's name, for example <c>candidature</c>; entities are pinned to a name and a version.</summary>
    public required string Name { get; init; }

    /// <summary>The version number, from 1; a published version never changes.</summary>
    public required int Version { get; init; }

    /// <summary>The French label shown in the Studio.</summary>
    public required string Label { get; init; }

    /// <summary>The state a new entity starts in.</summary>
    public required string InitialState { get; init; }

    /// <summary>The states, in display order.</summary>
    public required IReadOnlyList<StateDefinition> States { get; init; }

    /// <summary>The triggers, with their typed parameters.</summary>
    public required IReadOnlyList<TriggerDefinition> Triggers { get; init; }

    /// <summary>
    /// The transitions. Several transitions of the same trigger from the same state are alternatives, tried in this
    /// order: the first whose conditions on the parameters match and whose guards pass is taken.
    /// </summary>
    public required IReadOnlyList<TransitionDefinition> Transitions { get; init; }
}
