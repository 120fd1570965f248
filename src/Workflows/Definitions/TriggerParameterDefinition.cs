namespace Rafael.Workflows.Definitions;

/// <summary>A typed parameter of a trigger, checked by the runtime before guards are evaluated.</summary>
public sealed record TriggerParameterDefinition
{
    /// <summary>The parameter's name (camelCase).</summary>
    public required string Name { get; init; }

    /// <summary>The French label of the field.</summary>
    public required string Label { get; init; }

    /// <summary>The parameter's type.</summary>
    public required ParameterType Type { get; init; }

    /// <summary>True when the caller must supply a non-null value.</summary>
    public bool Required { get; init; }

    /// <summary>For <see cref="ParameterType.Enum"/>: the allowed values.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>For <see cref="ParameterType.String"/>: the maximum length, if any.</summary>
    public int? MaxLength { get; init; }
}
