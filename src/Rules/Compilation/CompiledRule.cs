namespace Rafael.Rules;

/// <summary>
/// A rule ready to run and to explain its failure: its ID, whether it is enabled, its local variables, its condition
/// and its message, all compiled by RulesEngine's expression parser.
/// </summary>
internal sealed record CompiledRule(
    int Index,
    string Id,
    string Name,
    bool Enabled,
    IReadOnlyList<CompiledValue> Variables,
    Func<object[], bool> Condition,
    IReadOnlyList<CompiledValue> Message);
