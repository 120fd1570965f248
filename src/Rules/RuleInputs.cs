namespace Rafael.Rules;

/// <summary>The named inputs of a rule set evaluation (<c>candidature</c>, <c>session</c>, <c>candidat</c>, <c>parametres</c>…).</summary>
public sealed class RuleInputs : Dictionary<string, object>
{
    /// <summary>Creates an empty set of inputs; names are compared without regard to case.</summary>
    public RuleInputs()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }
}
