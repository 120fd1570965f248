namespace Rafael.Workflows.Definitions;

/// <summary>Something a user or the system asks for: an action button, a deadline, a cascade.</summary>
public sealed record TriggerDefinition
{
    /// <summary>The trigger's identifier (camelCase, for example <c>retenir</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The French label of the action, for example <c>Retenir la candidature</c>.</summary>
    public required string Label { get; init; }

    /// <summary>The typed parameters the caller supplies when firing it.</summary>
    public IReadOnlyList<TriggerParameterDefinition> Parameters { get; init; } = [];
}
