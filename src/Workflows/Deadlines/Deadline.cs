namespace Rafael.Workflows.Deadlines;

/// <summary>
/// An absolute due time at which a trigger is fired on an entity (the subject), for example
/// <c>avis-non-transmis</c> on a candidature. One row per subject and name: setting it again reschedules it.
/// </summary>
/// <remarks>
/// Rows change only through <see cref="DeadlineScheduler"/> and <see cref="DeadlineProcessor"/>.
/// <see cref="Version"/> changes with every change, claims included, so the transaction that fires a deadline
/// commits only if nobody rescheduled, cancelled or re-claimed it since it was handed to the handler.
/// </remarks>
public sealed class Deadline
{
    private Deadline()
    {
        SubjectType = string.Empty;
        SubjectId = string.Empty;
        Name = string.Empty;
        Trigger = string.Empty;
    }

    internal Deadline(string subjectType, string subjectId, string name, string trigger, DateTimeOffset dueAt)
    {
        Id = Guid.NewGuid();
        SubjectType = subjectType;
        SubjectId = subjectId;
        Name = name;
        Trigger = trigger;
        DueAt = dueAt.ToUniversalTime();
        NextAttemptAt = DueAt;
        State = DeadlineState.Pending;
    }

    /// <summary>The deadline's identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The kind of entity it applies to, for example <c>candidature</c>.</summary>
    public string SubjectType { get; private set; }

    /// <summary>The identifier of that entity.</summary>
    public string SubjectId { get; private set; }

    /// <summary>The deadline's name, unique per subject, for example <c>avis-non-transmis</c>.</summary>
    public string Name { get; private set; }

    /// <summary>The workflow trigger to fire on the subject when it is due.</summary>
    public string Trigger { get; private set; }

    /// <summary>When it is due, as the business rule computed it.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>When the processor may next take it: <see cref="DueAt"/>, or later after failures.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Pending, fired or cancelled.</summary>
    public DeadlineState State { get; private set; }

    /// <summary>The processor claim that holds it, until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>The end of the current claim; after it another node may take the deadline.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>How many times firing failed since it was last set.</summary>
    public int Attempts { get; private set; }

    /// <summary>The last firing error, if any.</summary>
    public string? LastError { get; private set; }

    /// <summary>When its trigger was fired.</summary>
    public DateTimeOffset? FiredAt { get; private set; }

    /// <summary>When it was cancelled.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Changes with every change of the row; the concurrency token.</summary>
    public int Version { get; private set; }

    /// <summary>Makes it pending with this trigger and due time; a fired or cancelled deadline is re-armed.</summary>
    /// <returns>Whether anything changed: setting the same pending deadline again keeps its claim and failures.</returns>
    internal bool Arm(string trigger, DateTimeOffset dueAt)
    {
        var due = dueAt.ToUniversalTime();
        if (State == DeadlineState.Pending && Trigger == trigger && DueAt == due)
        {
            return false;
        }

        Trigger = trigger;
        DueAt = due;
        NextAttemptAt = due;
        State = DeadlineState.Pending;
        Attempts = 0;
        LastError = null;
        FiredAt = null;
        CancelledAt = null;
        ReleaseAndBump();
        return true;
    }

    internal bool Cancel(DateTimeOffset at)
    {
        if (State != DeadlineState.Pending)
        {
            return false;
        }

        State = DeadlineState.Cancelled;
        CancelledAt = at.ToUniversalTime();
        ReleaseAndBump();
        return true;
    }

    internal void MarkFired(DateTimeOffset at)
    {
        State = DeadlineState.Fired;
        FiredAt = at.ToUniversalTime();
        LastError = null;
        ReleaseAndBump();
    }

    /// <summary>Whether this row is still exactly what <paramref name="due"/> was handed out as.</summary>
    internal bool IsStillClaimedAs(DueDeadline due) =>
        State == DeadlineState.Pending && ClaimedBy == due.ClaimedBy && Version == due.ClaimVersion;

    // Dropping the claim lets a rescheduled deadline be taken at its new time without waiting for the lease;
    // the version bump makes the processor that held it unable to fire the old one.
    private void ReleaseAndBump()
    {
        ClaimedBy = null;
        ClaimedUntil = null;
        Version++;
    }
}
