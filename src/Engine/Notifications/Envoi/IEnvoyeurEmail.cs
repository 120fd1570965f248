namespace Rafael.Engine.Notifications.Envoi;

/// <summary>Delivers a rendered email: over SMTP, or as a <c>.eml</c> file.</summary>
public interface IEnvoyeurEmail
{
    /// <summary>Delivers the email; throwing makes the outbox try again later.</summary>
    /// <param name="email">The email.</param>
    /// <param name="date">The Date header (when the event happened).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task EnvoyerAsync(EmailSortant email, DateTimeOffset date, CancellationToken cancellationToken);
}
