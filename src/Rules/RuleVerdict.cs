namespace Rafael.Rules;

/// <summary>The outcome of a rule set: allowed when no rule failed.</summary>
/// <param name="Failures">The failed rules, in the rule set's order.</param>
public sealed record RuleVerdict(IReadOnlyList<RuleFailure> Failures)
{
    /// <summary>A verdict with no failure.</summary>
    public static RuleVerdict Allowed { get; } = new([]);

    /// <summary>True when no rule failed.</summary>
    public bool IsAllowed => Failures.Count == 0;
}
