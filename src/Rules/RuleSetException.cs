namespace Rafael.Rules;

/// <summary>A rule set cannot be used: unknown, unpublished, or its published content does not compile.</summary>
public sealed class RuleSetException : Exception
{
    /// <summary>Creates the exception with a French message.</summary>
    public RuleSetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a French message and its cause.</summary>
    public RuleSetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic French message.</summary>
    public RuleSetException()
        : base("Le jeu de règles est inutilisable.")
    {
    }

    /// <summary>The errors found in the rule set's content, when it failed validation.</summary>
    public IReadOnlyList<RuleSetError> Errors { get; init; } = [];
}
