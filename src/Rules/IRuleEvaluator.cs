namespace Rafael.Rules;

/// <summary>
/// Evaluates a published rule set against named inputs. Implementations cache compiled rule sets per version,
/// so that an analyst's change applies to the next decision without a restart.
/// </summary>
public interface IRuleEvaluator
{
    /// <summary>Evaluates the rule set named <paramref name="ruleSet"/> with the given named inputs.</summary>
    /// <param name="ruleSet">The rule set's name, for example <c>candidature.preinscription</c>.</param>
    /// <param name="inputs">Named inputs (<c>candidature</c>, <c>session</c>, <c>parametres</c>…), never positional.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The verdict: allowed, or the failed rules with their IDs and French messages.</returns>
    ValueTask<RuleVerdict> EvaluateAsync(string ruleSet, RuleInputs inputs, CancellationToken cancellationToken = default);
}
