namespace Rafael.Workflows.Deadlines;

/// <summary>A deadline claimed by a <see cref="DeadlineProcessor"/> and handed to the <see cref="IDeadlineHandler"/>.</summary>
public sealed class DueDeadline
{
    internal DueDeadline(Deadline deadline)
    {
        Id = deadline.Id;
        SubjectType = deadline.SubjectType;
        SubjectId = deadline.SubjectId;
        Name = deadline.Name;
        Trigger = deadline.Trigger;
        DueAt = deadline.DueAt;
        PreviousFailures = deadline.Attempts;
        ClaimedBy = deadline.ClaimedBy ?? string.Empty;
        ClaimVersion = deadline.Version;
    }

    /// <summary>The deadline's identifier.</summary>
    public Guid Id { get; }

    /// <summary>The kind of entity, for example <c>candidature</c>.</summary>
    public string SubjectType { get; }

    /// <summary>The entity's identifier.</summary>
    public string SubjectId { get; }

    /// <summary>The deadline's name, for example <c>avis-non-transmis</c>.</summary>
    public string Name { get; }

    /// <summary>The trigger to fire on the entity.</summary>
    public string Trigger { get; }

    /// <summary>When it was due.</summary>
    public DateTimeOffset DueAt { get; }

    /// <summary>How many earlier attempts failed.</summary>
    public int PreviousFailures { get; }

    /// <summary>The claim under which it was handed out.</summary>
    public string ClaimedBy { get; }

    /// <summary>The row's version right after the claim; any later change makes this hand-out stale.</summary>
    internal int ClaimVersion { get; }

    /// <inheritdoc />
    public override string ToString() => $"{SubjectType}/{SubjectId}/{Name} → {Trigger} (due {DueAt:O})";
}
