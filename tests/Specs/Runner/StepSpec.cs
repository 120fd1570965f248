namespace Rafael.Specs.Runner;

/// <summary>One step of a scenario, as run: Et / Mais resolved to a kind, example values substituted.</summary>
/// <param name="Keyword">The keyword as written, e.g. "Soit " or "Et ".</param>
/// <param name="FromBackground">True for the steps a Contexte adds.</param>
public sealed record StepSpec(
    string Keyword,
    StepKind Kind,
    string Text,
    int Line,
    Table? Table,
    string? DocString,
    bool FromBackground)
{
    public override string ToString() => Keyword + Text;
}
