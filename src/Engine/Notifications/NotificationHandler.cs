using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rafael.Engine.Journal;
using Rafael.Engine.Notifications.Envoi;
using Rafael.Engine.Notifications.Rendu;
using Rafael.Engine.Persistence;
using Rafael.Workflows.Outbox;

namespace Rafael.Engine.Notifications;

/// <summary>
/// Handles the <c>notification.*</c> outbox messages: renders every recipient's email, then writes one
/// <c>email.envoi</c> message per recipient, whose idempotency key is derived from the event's and the address, so
/// that delivering the notification again never queues the same email twice. A template that fails, a missing
/// entity or an unknown role parks the notification with the error: no email leaves half rendered.
/// </summary>
/// <param name="contextes">Creates units of work.</param>
/// <param name="notifications">Builds and renders.</param>
/// <param name="outbox">Writes the emails.</param>
public sealed class NotificationHandler(RafaelDbContextFactory contextes, NotificationsService notifications, OutboxWriter outbox) : IOutboxHandler
{
    /// <summary>The prefix of the notification types.</summary>
    public const string Prefixe = "notification.";

    /// <inheritdoc />
    public bool CanHandle(string type) => type?.StartsWith(Prefixe, StringComparison.Ordinal) == true;

    /// <inheritdoc />
    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var demande = Lire(message.Type, message.Payload);
        await using var db = contextes.Create(new SystemJournalContext($"notification.{demande.Modele}"));
        IReadOnlyList<EmailAEnvoyer> emails;
        try
        {
            emails = await notifications.PreparerAsync(db, demande, cancellationToken);
        }
        catch (Exception e) when (e is NotificationImpossibleException or RenduModeleException)
        {
            throw new OutboxParkException(e.Message, e);
        }

        foreach (var email in emails)
        {
            var cle = Cle(message.IdempotencyKey, email.Destinataire.Email);
            var sortant = new EmailSortant(
                email.Destinataire.Email,
                $"{email.Destinataire.Prenom} {email.Destinataire.Nom}".Trim(),
                email.Email.Sujet,
                email.Email.Html,
                email.Email.Texte,
                $"{cle}@rafael",
                email.Modele,
                email.Numero);
            await outbox.AddAsync(db, EmailSortant.TypeOutbox, EnvoiEmailHandler.Contenu(sortant), $"email:{cle}", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Reads a notification message: its template from the type, its subject, id and roles from the payload.</summary>
    /// <param name="type">The outbox type (<c>notification.&lt;modele&gt;</c>).</param>
    /// <param name="payload">The payload.</param>
    /// <returns>The notification; the roles are the catalogue's when the payload names none.</returns>
    public static DemandeNotification Lire(string type, string payload)
    {
        ArgumentNullException.ThrowIfNull(type);
        var modele = type.StartsWith(Prefixe, StringComparison.Ordinal) ? type[Prefixe.Length..] : type;
        JsonElement contenu;
        try
        {
            contenu = JsonDocument.Parse(payload).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new OutboxParkException($"Le contenu du message « {type} » n'est pas du JSON : {e.Message}", e);
        }

        string? Texte(string nom) => contenu.ValueKind == JsonValueKind.Object && contenu.TryGetProperty(nom, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        IReadOnlyList<string> roles = contenu.ValueKind == JsonValueKind.Object && contenu.TryGetProperty("destinataires", out var d) && d.ValueKind == JsonValueKind.Array
            ? [.. d.EnumerateArray().Select(r => r.GetString()).OfType<string>()]
            : CatalogueNotifications.Tous.GetValueOrDefault(modele)?.Destinataires ?? [];
        return new DemandeNotification(Texte("modele") ?? modele, Texte("sujet"), Texte("id"), contenu, roles);
    }

    /// <summary>A short, stable key per event and address (the outbox key column holds 200 characters).</summary>
    private static string Cle(string evenement, string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{evenement}\n{email.ToUpperInvariant()}")))[..40];
}
