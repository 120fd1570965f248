namespace Rafael.Rules;

/// <summary>One rule: the condition that must hold for the decision to be allowed, and the French message when it does not.</summary>
internal sealed record RuleDefinition(
    string Id,
    string Name,
    string Expression,
    string Message,
    IReadOnlyList<RuleVariableDefinition> Variables,
    bool Enabled);
