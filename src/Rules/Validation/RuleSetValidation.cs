namespace Rafael.Rules;

/// <summary>The outcome of checking a rule set's JSON: valid, or the errors to show the analyst.</summary>
/// <param name="Errors">Every problem found, rule by rule.</param>
public sealed record RuleSetValidation(IReadOnlyList<RuleSetError> Errors)
{
    /// <summary>True when the rule set can be published.</summary>
    public bool IsValid => Errors.Count == 0;
}
