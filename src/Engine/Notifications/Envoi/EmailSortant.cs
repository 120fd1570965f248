namespace Rafael.Engine.Notifications.Envoi;

/// <summary>The payload of an <c>email.envoi</c> outbox message: one rendered email to one person.</summary>
/// <param name="A">The recipient's address.</param>
/// <param name="NomDestinataire">The recipient's name.</param>
/// <param name="Sujet">The subject.</param>
/// <param name="Html">The HTML part.</param>
/// <param name="Texte">The plain-text part.</param>
/// <param name="MessageId">The Message-ID, derived from the event and the recipient: a resend is recognisable downstream.</param>
/// <param name="Modele">The template it came from.</param>
/// <param name="Version">The template's version.</param>
public sealed record EmailSortant(string A, string NomDestinataire, string Sujet, string Html, string Texte, string MessageId, string Modele, int Version)
{
    /// <summary>The outbox type of a rendered email.</summary>
    public const string TypeOutbox = "email.envoi";
}
