namespace Rafael.Workflows.Outbox;

/// <summary>
/// A message to deliver outside the transaction that produced it (an email, a partner notification).
/// It is written in the same transaction as the state change, so it exists if and only if the change committed.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Type = string.Empty;
        Payload = string.Empty;
        IdempotencyKey = string.Empty;
    }

    /// <summary>Creates a message due at once.</summary>
    /// <param name="type">What the message is, for example <c>habilitation.droits-attribues</c>.</param>
    /// <param name="payload">Its content, as JSON.</param>
    /// <param name="idempotencyKey">Unique per event and recipient, so that the same event is never delivered twice.</param>
    /// <param name="occurredAt">When the event happened.</param>
    public OutboxMessage(string type, string payload, string idempotencyKey, DateTimeOffset occurredAt)
    {
        Id = Guid.NewGuid();
        Type = type;
        Payload = payload;
        IdempotencyKey = idempotencyKey;
        OccurredAt = occurredAt;
        NextAttemptAt = occurredAt;
    }

    /// <summary>The message's identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>What the message is; handlers subscribe to types.</summary>
    public string Type { get; private set; }

    /// <summary>The message's content, as JSON.</summary>
    public string Payload { get; private set; }

    /// <summary>Unique per event and recipient.</summary>
    public string IdempotencyKey { get; private set; }

    /// <summary>When the event happened.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When the next delivery attempt is due.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>How many delivery attempts failed.</summary>
    public int Attempts { get; private set; }

    /// <summary>When it was delivered; null while pending.</summary>
    public DateTimeOffset? ProcessedAt { get; private set; }

    /// <summary>When it was parked after too many failures; an administrator may retry it.</summary>
    public DateTimeOffset? ParkedAt { get; private set; }

    /// <summary>The last delivery error, if any.</summary>
    public string? LastError { get; private set; }

    /// <summary>The dispatcher node that holds the message, until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>The end of the current claim; after it another node may take the message.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }
}
