namespace Rafael.Rules;

/// <summary>
/// Checks a draft rule set before it is saved or published (the Studio's "checked on save"): the JSON schema,
/// then every variable, expression and message against the inputs the rule set declares.
/// </summary>
public sealed class RuleSetValidator
{
    /// <summary>Validates the JSON of a rule set.</summary>
    /// <param name="json">The rule set's JSON, as the analyst wrote it.</param>
    /// <returns>Valid, or every error in French with the ID of the rule concerned.</returns>
    public RuleSetValidation Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return RuleSetCompiler.Compile(json).Validation;
    }
}
