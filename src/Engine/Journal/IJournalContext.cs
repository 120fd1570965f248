namespace Rafael.Engine.Journal;

/// <summary>
/// Who is acting in the current unit of work and why, read by the DbContext when it journals the changes.
/// The Api fills it from the signed-in caller; background processors act as the system (no account).
/// </summary>
public interface IJournalContext
{
    /// <summary>The account in whose name the change is made; null for the system or an anonymous request.</summary>
    Guid? CompteId { get; }

    /// <summary>The administrator actually acting when they have taken control of <see cref="CompteId"/> (ACC-10).</summary>
    Guid? AdministrateurId { get; }

    /// <summary>The command being carried out, for example <c>demande.accepter</c>.</summary>
    string? Action { get; set; }
}
