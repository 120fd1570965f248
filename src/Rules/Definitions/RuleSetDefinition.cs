namespace Rafael.Rules;

/// <summary>A rule set as written by analysts: declared inputs, shared variables and ordered rules.</summary>
internal sealed record RuleSetDefinition(
    string Name,
    string? Description,
    IReadOnlyList<RuleInputDefinition> Inputs,
    IReadOnlyList<RuleVariableDefinition> Variables,
    IReadOnlyList<RuleDefinition> Rules);
