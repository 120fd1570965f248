namespace Rafael.Rules;

/// <summary>A named input of a rule set: either a scalar (<see cref="Type"/>) or an object with typed fields.</summary>
internal sealed record RuleInputDefinition(
    string Name,
    string? Description,
    FieldType? Type,
    IReadOnlyList<RuleFieldDefinition> Fields)
{
    public bool IsScalar => Type is not null;
}
