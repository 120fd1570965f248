namespace Rafael.Rules;

/// <summary>A problem found in a rule set, in French, attached to a rule when it concerns one.</summary>
/// <param name="RuleId">The DOMAIN.md ID of the rule concerned (<c>CAND-03</c>), or null for the rule set as a whole.</param>
/// <param name="RuleName">The short name of the rule concerned, or null.</param>
/// <param name="Message">What is wrong, in French.</param>
public sealed record RuleSetError(string? RuleId, string? RuleName, string Message);
