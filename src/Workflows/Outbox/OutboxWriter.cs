using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Rafael.Workflows.Outbox;

/// <summary>
/// Adds outbox messages to the caller's unit of work, so that they commit with the state change that caused them.
/// </summary>
/// <remarks>
/// A message whose idempotency key is already written (committed, or added earlier in the same unit of work) is
/// ignored. Two concurrent commands writing the same key both pass this check; the unique index then fails the
/// second one's <c>SaveChanges</c>, and its retry finds the key and skips it.
/// </remarks>
/// <param name="time">The clock that stamps <see cref="OutboxMessage.OccurredAt"/>.</param>
public sealed class OutboxWriter(TimeProvider time)
{
    private static readonly JsonSerializerOptions PayloadOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Adds a message due at once, unless its idempotency key is already written.</summary>
    /// <param name="db">The host context of the current command.</param>
    /// <param name="type">What the message is, for example <c>habilitation.droits-attribues</c>.</param>
    /// <param name="payload">Its content, as JSON.</param>
    /// <param name="idempotencyKey">Unique per event and recipient.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The tracked new message, or null if the key was already written.</returns>
    public async Task<OutboxMessage?> AddAsync(
        DbContext db, string type, string payload, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        var set = db.Set<OutboxMessage>();
        if (set.Local.Any(m => m.IdempotencyKey == idempotencyKey)
            || await set.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken))
        {
            return null;
        }

        var message = new OutboxMessage(type, payload, idempotencyKey, time.GetUtcNow());
        set.Add(message);
        return message;
    }

    /// <summary>Adds a message whose payload is <paramref name="payload"/> serialised as JSON (web defaults: camelCase).</summary>
    /// <typeparam name="T">The payload's type.</typeparam>
    /// <param name="db">The host context of the current command.</param>
    /// <param name="type">What the message is.</param>
    /// <param name="payload">Its content.</param>
    /// <param name="idempotencyKey">Unique per event and recipient.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The tracked new message, or null if the key was already written.</returns>
    public Task<OutboxMessage?> AddAsync<T>(
        DbContext db, string type, T payload, string idempotencyKey, CancellationToken cancellationToken = default) =>
        AddAsync(db, type, JsonSerializer.Serialize(payload, PayloadOptions), idempotencyKey, cancellationToken);
}
