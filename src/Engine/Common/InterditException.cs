namespace Rafael.Engine.Common;

/// <summary>The caller is known and may see the thing, but their structure and profile do not allow the action (403).</summary>
public sealed class InterditException : Exception
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="regle">The rule that grants the right (for example <c>ACC-08</c>).</param>
    /// <param name="message">Why, in French.</param>
    public InterditException(string regle, string message)
        : base(message)
    {
        Regle = regle;
    }

    /// <summary>The rule that grants the right the caller lacks.</summary>
    public string Regle { get; }
}
