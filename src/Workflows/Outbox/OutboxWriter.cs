using System.Runtime.CompilerServices;
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

    // Units of work whose committed keys are checked once, before saving, rather than one query per message; with the
    // keys they added meanwhile, so that a batch of thousands of messages is not scanned through Local at each one.
    private static readonly ConditionalWeakTable<DbContext, HashSet<string>> Deferred = [];

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
        if (Deferred.TryGetValue(db, out var added))
        {
            return added.Add(idempotencyKey) ? Add(set, type, payload, idempotencyKey) : null;
        }

        if (set.Local.Any(m => m.IdempotencyKey == idempotencyKey)
            || await set.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken))
        {
            return null;
        }

        return Add(set, type, payload, idempotencyKey);
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

    /// <summary>
    /// Adds a message whose idempotency key cannot be committed yet, because it names an entity added in this unit of
    /// work (a new identifier): only the unit of work's own keys are checked, with no query.
    /// </summary>
    /// <typeparam name="T">The payload's type.</typeparam>
    /// <param name="db">The host context of the current command.</param>
    /// <param name="type">What the message is.</param>
    /// <param name="payload">Its content.</param>
    /// <param name="idempotencyKey">Unique per event and recipient, naming the new entity.</param>
    /// <returns>The tracked new message, or null if the key was already added.</returns>
    public OutboxMessage? AddForNewEntity<T>(DbContext db, string type, T payload, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        var set = db.Set<OutboxMessage>();
        if (Deferred.TryGetValue(db, out var added) ? !added.Add(idempotencyKey) : set.Local.Any(m => m.IdempotencyKey == idempotencyKey))
        {
            return null;
        }

        return Add(set, type, JsonSerializer.Serialize(payload, PayloadOptions), idempotencyKey);
    }

    /// <summary>
    /// For a unit of work that adds many messages (a batch of deadlines): from now on, <see cref="AddAsync(DbContext, string, string, string, CancellationToken)"/>
    /// checks only the unit of work's own keys, and <see cref="CheckDeferredAsync"/> must be called before saving to
    /// drop the messages whose key was already committed, in a few queries for the whole unit of work (or the writer
    /// drops them itself and ends the deferral with <see cref="EndDeferredKeyChecks"/>, as the set-based save does).
    /// </summary>
    /// <param name="db">The host context of the current command.</param>
    /// <remarks>
    /// While deferred, the unit of work's own keys are kept in a set (those tracked now, and those added through this
    /// writer since), so that a message whose key was added earlier in the unit of work is ignored even after the change
    /// tracker was cleared by a save in the same transaction.
    /// </remarks>
    public static void DeferKeyChecks(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var keys = db.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State != EntityState.Deleted)
            .Select(e => e.Entity.IdempotencyKey);
        Deferred.AddOrUpdate(db, new HashSet<string>(keys, StringComparer.Ordinal));
    }

    /// <summary>
    /// For a writer that inserts the messages itself and drops those whose key is already committed in the same
    /// statement (<c>ON CONFLICT … DO NOTHING</c> on the idempotency key): ends the deferral of
    /// <see cref="DeferKeyChecks"/> without <see cref="CheckDeferredAsync"/>'s queries.
    /// </summary>
    /// <param name="db">The host context of the current command.</param>
    /// <returns>Whether key checks were deferred: the writer must then drop the committed keys itself.</returns>
    public static bool EndDeferredKeyChecks(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Deferred.Remove(db);
    }

    /// <summary>Whether <see cref="DeferKeyChecks"/> is in force on <paramref name="db"/>.</summary>
    /// <param name="db">The host context of the current command.</param>
    /// <returns>True until <see cref="CheckDeferredAsync"/> or <see cref="EndDeferredKeyChecks"/>.</returns>
    public static bool KeyChecksDeferred(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Deferred.TryGetValue(db, out _);
    }

    /// <summary>Drops the messages added since <see cref="DeferKeyChecks"/> whose key is already committed; then checks as usual again.</summary>
    /// <param name="db">The host context of the current command.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>How many messages were dropped.</returns>
    public static async Task<int> CheckDeferredAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        Deferred.Remove(db);
        var added = db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).ToList();
        var dropped = 0;
        foreach (var chunk in added.Chunk(1000))
        {
            var keys = chunk.Select(e => e.Entity.IdempotencyKey).ToList();
            var known = (await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => keys.Contains(m.IdempotencyKey))
                .Select(m => m.IdempotencyKey)
                .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            foreach (var entry in chunk.Where(e => known.Contains(e.Entity.IdempotencyKey)))
            {
                entry.State = EntityState.Detached;
                dropped++;
            }
        }

        return dropped;
    }

    private OutboxMessage Add(DbSet<OutboxMessage> set, string type, string payload, string idempotencyKey)
    {
        var message = new OutboxMessage(type, payload, idempotencyKey, time.GetUtcNow());
        set.Add(message);
        return message;
    }
}
