namespace Rafael.Rules;

/// <summary>A rule that refused: its ID (a DOMAIN.md rule such as <c>CAND-03</c>) and its French message for users.</summary>
/// <param name="RuleId">The rule's ID.</param>
/// <param name="Message">Why it refused, in French.</param>
public sealed record RuleFailure(string RuleId, string Message);
