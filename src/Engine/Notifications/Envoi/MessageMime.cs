using MimeKit;

namespace Rafael.Engine.Notifications.Envoi;

/// <summary>Builds the MIME message: multipart/alternative with the text part first and the HTML part, UTF-8.</summary>
public static class MessageMime
{
    /// <summary>The message of an email.</summary>
    /// <param name="email">The email.</param>
    /// <param name="date">The Date header.</param>
    /// <param name="options">The sender.</param>
    /// <returns>The message.</returns>
    public static MimeMessage Construire(EmailSortant email, DateTimeOffset date, OptionsNotifications options)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(options);
        var message = new MimeMessage
        {
            Subject = email.Sujet,
            MessageId = email.MessageId,
            Date = date,
        };
        message.From.Add(new MailboxAddress(options.NomPlateforme, options.Expediteur));
        message.To.Add(new MailboxAddress(email.NomDestinataire, email.A));
        message.Headers.Add("X-Rafael-Modele", $"{email.Modele} v{email.Version}");
        message.Body = new BodyBuilder { TextBody = email.Texte, HtmlBody = email.Html }.ToMessageBody();
        return message;
    }
}
