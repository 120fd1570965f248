using Rafael.Engine.Common;

namespace Rafael.Engine.Notifications.Preferences;

/// <summary>A person turned off one non-essential email (NOTIF-01): they no longer receive it.</summary>
public sealed class Desabonnement : IVersionne
{
    private Desabonnement()
    {
        Modele = string.Empty;
    }

    /// <summary>Records the opt-out.</summary>
    /// <param name="compteId">The person.</param>
    /// <param name="modele">The email (the event's template name).</param>
    /// <param name="le">When.</param>
    public Desabonnement(Guid compteId, string modele, DateTimeOffset le)
    {
        Id = Guid.NewGuid();
        CompteId = compteId;
        Modele = modele;
        Le = le;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The person.</summary>
    public Guid CompteId { get; private set; }

    /// <summary>The email turned off.</summary>
    public string Modele { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset Le { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;
}
