namespace Rafael.Specs.Steps;

/// <summary>The sessions and candidatures a candidature scenario names.</summary>
public sealed partial class Monde
{
    /// <summary>Sessions by the name the feature gives them.</summary>
    public Dictionary<string, Guid> Sessions { get; } = new(StringComparer.Ordinal);

    /// <summary>Candidatures by the candidate's name.</summary>
    public Dictionary<string, Guid> Candidatures { get; } = new(StringComparer.Ordinal);
}
