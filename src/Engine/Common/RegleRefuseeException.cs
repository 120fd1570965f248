namespace Rafael.Engine.Common;

/// <summary>
/// A command refused by a business rule. The Api answers it with the rule's ID and French message and nothing
/// is saved, because the exception leaves the unit of work before <c>SaveChanges</c>.
/// </summary>
public sealed class RegleRefuseeException : Exception
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="regle">The DOMAIN.md rule ID, for example <c>ACC-04</c>.</param>
    /// <param name="message">Why, in French, for the user.</param>
    /// <param name="champ">The field concerned, if the refusal is about one.</param>
    public RegleRefuseeException(string regle, string message, string? champ = null)
        : base(message)
    {
        Regle = regle;
        Champ = champ;
    }

    /// <summary>Creates a refusal by several rules at once (a guard rule set may fail on more than one rule).</summary>
    /// <param name="refus">The failed rules, first one first: (rule ID, French message).</param>
    public RegleRefuseeException(IReadOnlyList<(string Regle, string Message)> refus)
        : this(refus is { Count: > 0 } ? refus[0].Regle : throw new ArgumentException("Au moins un refus.", nameof(refus)), string.Join(" ", refus.Select(r => r.Message)))
    {
        Refus = refus;
    }

    /// <summary>Every failed rule, when there were several.</summary>
    public IReadOnlyList<(string Regle, string Message)> Refus { get; } = [];

    /// <summary>The rule that refused.</summary>
    public string Regle { get; }

    /// <summary>The field concerned, if any.</summary>
    public string? Champ { get; }
}
