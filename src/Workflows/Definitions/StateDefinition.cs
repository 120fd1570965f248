namespace Rafael.Workflows.Definitions;

/// <summary>A state of a process definition.</summary>
public sealed record StateDefinition
{
    /// <summary>The state's identifier, stored as the entity's status (kebab-case, for example <c>en-attente</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The French label shown to users, for example <c>En attente</c>.</summary>
    public required string Label { get; init; }

    /// <summary>The enclosing state, if any: triggers permitted in the parent are permitted in its substates.</summary>
    public string? Parent { get; init; }

    /// <summary>True when the lifecycle is over in this state for the users who work on the entity.</summary>
    public bool Final { get; init; }

    /// <summary>Effects produced whenever the entity enters this state (from outside it, for a parent).</summary>
    public IReadOnlyList<EffectDefinition> Entry { get; init; } = [];

    /// <summary>Effects produced whenever the entity leaves this state (to outside it, for a parent).</summary>
    public IReadOnlyList<EffectDefinition> Exit { get; init; } = [];
}
