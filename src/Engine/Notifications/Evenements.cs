using System.Text.Json;
using Rafael.Engine.Persistence;
using Rafael.Workflows.Outbox;

namespace Rafael.Engine.Notifications;

/// <summary>
/// Adds the outbox messages of NOTIF-01 and HAB-04 to the unit of work, so that they leave if and only if the
/// change commits. The notification service renders them later from the administrators' templates.
/// </summary>
public static class Evenements
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds a message whose idempotency key is the event type and its subject.</summary>
    /// <param name="db">The unit of work.</param>
    /// <param name="type">The event, for example <c>notification.compte-valide</c>.</param>
    /// <param name="cle">What makes this event unique (a request's id, a right's id and version…).</param>
    /// <param name="contenu">The event's data (identifiers, never secrets).</param>
    /// <param name="le">When it happened.</param>
    public static void Publier(RafaelDbContext db, string type, string cle, object contenu, DateTimeOffset le)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Outbox.Add(new OutboxMessage(type, JsonSerializer.Serialize(contenu, Json), $"{type}:{cle}", le));
    }
}
