using System.Text.Json;
using Rafael.Workflows.Outbox;

namespace Rafael.Engine.Notifications.Envoi;

/// <summary>Delivers the <c>email.envoi</c> outbox messages: retried with backoff, parked after repeated failures.</summary>
/// <param name="envoyeur">SMTP or files.</param>
public sealed class EnvoiEmailHandler(IEnvoyeurEmail envoyeur) : IOutboxHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public bool CanHandle(string type) => type == EmailSortant.TypeOutbox;

    /// <inheritdoc />
    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var email = JsonSerializer.Deserialize<EmailSortant>(message.Payload, Json)
            ?? throw new OutboxParkException("Email vide.");
        return envoyeur.EnvoyerAsync(email, message.OccurredAt, cancellationToken);
    }

    /// <summary>The payload of an email.</summary>
    /// <param name="email">The email.</param>
    /// <returns>Its JSON.</returns>
    public static string Contenu(EmailSortant email) => JsonSerializer.Serialize(email, Json);
}
