namespace Rafael.Engine.Journal;

/// <summary>The system acting on its own (a deadline, a feed): no account, and the action says what.</summary>
/// <param name="action">What is being done, for example <c>echeance.avis-non-transmis</c>.</param>
public sealed class SystemJournalContext(string action) : IJournalContext
{
    /// <inheritdoc />
    public Guid? CompteId => null;

    /// <inheritdoc />
    public Guid? AdministrateurId => null;

    /// <inheritdoc />
    public string? Action { get; set; } = action;
}
