namespace Rafael.Rules;

/// <summary>A rule ready to explain its failure: its ID, its local variables and its message, all compiled.</summary>
internal sealed record CompiledRule(
    int Index,
    string Id,
    string Name,
    IReadOnlyList<CompiledValue> Variables,
    IReadOnlyList<CompiledValue> Message);
