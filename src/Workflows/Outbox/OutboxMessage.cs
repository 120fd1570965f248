namespace Rafael.Workflows.Outbox;

/// <summary>
/// A message to deliver outside the transaction that produced it (an email, a partner notification).
/// It is written in the same transaction as the state change, so it exists if and only if the change committed.
/// </summary>
/// <remarks>
/// Times are stored in UTC: PostgreSQL's <c>timestamptz</c> accepts only offset zero, and comparing due times
/// is only meaningful on one offset.
/// </remarks>
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
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        Id = Guid.NewGuid();
        Type = type;
        Payload = payload;
        IdempotencyKey = idempotencyKey;
        OccurredAt = occurredAt.ToUniversalTime();
        NextAttemptAt = OccurredAt;
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

    /// <summary>How many delivery attempts failed since the message was written or last retried by an administrator.</summary>
    public int Attempts { get; private set; }

    /// <summary>When it was delivered; null while pending.</summary>
    public DateTimeOffset? ProcessedAt { get; private set; }

    /// <summary>When it was parked after too many failures; an administrator may retry it.</summary>
    public DateTimeOffset? ParkedAt { get; private set; }

    /// <summary>The last delivery error, if any.</summary>
    public string? LastError { get; private set; }

    /// <summary>The dispatcher claim that holds the message, until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>The end of the current claim; after it another node may take the message.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>Whether the message still waits for delivery (neither delivered nor parked).</summary>
    public bool IsPending => ProcessedAt is null && ParkedAt is null;

    /// <summary>Records a successful delivery and releases the claim.</summary>
    /// <param name="at">When it was delivered.</param>
    public void MarkProcessed(DateTimeOffset at)
    {
        EnsurePending();
        ProcessedAt = at.ToUniversalTime();
        Release();
    }

    /// <summary>Records a failed delivery, schedules the next attempt and releases the claim.</summary>
    /// <param name="error">What went wrong, kept for the administrators (truncated to the column's size).</param>
    /// <param name="nextAttemptAt">When to try again.</param>
    public void RecordFailure(string error, DateTimeOffset nextAttemptAt)
    {
        EnsurePending();
        Attempts++;
        LastError = ErrorText.Truncate(error);
        NextAttemptAt = nextAttemptAt.ToUniversalTime();
        Release();
    }

    /// <summary>Stops delivery attempts until an administrator calls <see cref="Retry"/>.</summary>
    /// <param name="at">When it was parked.</param>
    public void Park(DateTimeOffset at)
    {
        EnsurePending();
        ParkedAt = at.ToUniversalTime();
        Release();
    }

    /// <summary>Un-parks the message and makes it due at once, with a fresh count of attempts.</summary>
    /// <param name="now">The current time.</param>
    /// <exception cref="InvalidOperationException">The message is not parked.</exception>
    public void Retry(DateTimeOffset now)
    {
        if (ParkedAt is null)
        {
            throw new InvalidOperationException($"Outbox message {Id} is not parked.");
        }

        ParkedAt = null;
        Attempts = 0;
        NextAttemptAt = now.ToUniversalTime();
        Release();
    }

    /// <summary>Puts the message off until <paramref name="nextAttemptAt"/> without counting an attempt: nobody can take it yet.</summary>
    /// <param name="nextAttemptAt">When to look at it again.</param>
    public void Defer(DateTimeOffset nextAttemptAt)
    {
        EnsurePending();
        NextAttemptAt = nextAttemptAt.ToUniversalTime();
        Release();
    }

    /// <summary>Gives the message back without counting an attempt, for a dispatcher that stops before delivering it.</summary>
    public void Release()
    {
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    private void EnsurePending()
    {
        if (!IsPending)
        {
            throw new InvalidOperationException($"Outbox message {Id} is no longer pending.");
        }
    }
}
