using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Rafael.Workflows.Deadlines;

/// <summary>
/// Sets, reschedules and cancels deadlines inside the caller's unit of work: it only changes tracked entities of
/// the host <see cref="DbContext"/>, so they commit with the caller's <c>SaveChanges</c>, together with the state
/// change that made them (one transaction per command).
/// </summary>
/// <param name="time">The clock that stamps cancellations and firings.</param>
public sealed class DeadlineScheduler(TimeProvider time)
{
    // Per unit of work of a batch: every deadline of the batch's subjects, so that the effects of firing them find
    // what they reschedule or cancel without a query, nor a scan of the change tracker, each.
    private static readonly ConditionalWeakTable<DbContext, BatchIndex> Batches = [];

    /// <summary>Sets a deadline: creates it, or reschedules (or re-arms) the subject's deadline of that name.</summary>
    /// <param name="db">The host context of the current command.</param>
    /// <param name="subjectType">The kind of entity, for example <c>candidature</c>.</param>
    /// <param name="subjectId">The entity's identifier.</param>
    /// <param name="name">The deadline's name, unique per subject.</param>
    /// <param name="trigger">The trigger to fire when due.</param>
    /// <param name="dueAt">The absolute due time.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The tracked deadline.</returns>
    public async Task<Deadline> SetAsync(
        DbContext db, string subjectType, string subjectId, string name, string trigger, DateTimeOffset dueAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectType);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);

        var existing = await FindAsync(db, subjectType, subjectId, name, cancellationToken);
        if (existing is not null)
        {
            existing.Arm(trigger, dueAt);
            return existing;
        }

        var deadline = new Deadline(subjectType, subjectId, name, trigger, dueAt);
        db.Set<Deadline>().Add(deadline);
        if (Batches.TryGetValue(db, out var index))
        {
            index.Add(deadline);
        }

        return deadline;
    }

    /// <summary>
    /// Sets a deadline of a subject added in this unit of work (a new identifier): no committed deadline can name it
    /// yet, so only the unit of work's own deadlines are looked at, with no query.
    /// </summary>
    /// <param name="db">The host context of the current command.</param>
    /// <param name="subjectType">The kind of entity.</param>
    /// <param name="subjectId">The new entity's identifier.</param>
    /// <param name="name">The deadline's name, unique per subject.</param>
    /// <param name="trigger">The trigger to fire when due.</param>
    /// <param name="dueAt">The absolute due time.</param>
    /// <returns>The tracked deadline.</returns>
    public static Deadline SetForNewSubject(DbContext db, string subjectType, string subjectId, string name, string trigger, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectType);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);
        var set = db.Set<Deadline>();
        var existing = set.Local.FirstOrDefault(d => d.SubjectType == subjectType && d.SubjectId == subjectId && d.Name == name);
        if (existing is not null)
        {
            existing.Arm(trigger, dueAt);
            return existing;
        }

        var deadline = new Deadline(subjectType, subjectId, name, trigger, dueAt);
        set.Add(deadline);
        return deadline;
    }

    /// <summary>Cancels the subject's pending deadline of that name, if any.</summary>
    /// <param name="db">The host context of the current command.</param>
    /// <param name="subjectType">The kind of entity.</param>
    /// <param name="subjectId">The entity's identifier.</param>
    /// <param name="name">The deadline's name.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>Whether a pending deadline was cancelled.</returns>
    public async Task<bool> CancelAsync(
        DbContext db, string subjectType, string subjectId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await FindAsync(db, subjectType, subjectId, name, cancellationToken);
        return existing is not null && existing.Cancel(time.GetUtcNow());
    }

    /// <summary>Cancels every pending deadline of the subject, for example when a candidature is closed.</summary>
    /// <param name="db">The host context of the current command.</param>
    /// <param name="subjectType">The kind of entity.</param>
    /// <param name="subjectId">The entity's identifier.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>How many deadlines were cancelled.</returns>
    public async Task<int> CancelAllAsync(
        DbContext db, string subjectType, string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var set = db.Set<Deadline>();
        // Loading them attaches them; the deadlines added in this unit of work are only in Local.
        await set.AsTracking()
            .Where(d => d.SubjectType == subjectType && d.SubjectId == subjectId && d.State == DeadlineState.Pending)
            .LoadAsync(cancellationToken);
        var now = time.GetUtcNow();
        return set.Local
            .Where(d => d.SubjectType == subjectType && d.SubjectId == subjectId)
            .ToList()
            .Count(d => d.Cancel(now));
    }

    /// <summary>
    /// For an <see cref="IDeadlineHandler"/>: marks <paramref name="due"/> fired in the handler's own unit of
    /// work, if it is still the deadline that was claimed. Call it before changing the subject and change
    /// nothing when it returns false.
    /// </summary>
    /// <remarks>
    /// Exactly once: the row's version is the concurrency token, so if anyone reschedules, cancels or re-claims
    /// the deadline between this call and the handler's <c>SaveChanges</c>, that save fails and the whole
    /// transaction (the trigger included) rolls back. Use a fresh context: an entity already tracked is not reloaded.
    /// </remarks>
    /// <param name="db">The handler's context.</param>
    /// <param name="due">The deadline handed to the handler.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>Whether the handler should fire the trigger.</returns>
    public async Task<bool> TryMarkFiredAsync(DbContext db, DueDeadline due, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(due);
        var deadline = await db.Set<Deadline>().AsTracking().FirstOrDefaultAsync(d => d.Id == due.Id, cancellationToken);
        if (deadline is null || !deadline.IsStillClaimedAs(due))
        {
            return false;
        }

        deadline.MarkFired(time.GetUtcNow());
        return true;
    }

    /// <summary>
    /// For an <see cref="IDeadlineBatchHandler"/>: marks fired, in one query, those of <paramref name="due"/> that
    /// are still the deadlines that were claimed, and loads (tracked) every deadline of their subjects, so that
    /// the effects of firing them find what they reschedule or cancel without a query each.
    /// </summary>
    /// <remarks>Exactly once, as <see cref="TryMarkFiredAsync"/>: a change to any of them
    /// before <c>SaveChanges</c> fails the whole save.</remarks>
    /// <param name="db">The handler's fresh context.</param>
    /// <param name="due">The deadlines handed to the handler, all of one subject type.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The deadlines whose trigger the handler should fire, in the given order.</returns>
    public async Task<IReadOnlyList<DueDeadline>> TryMarkBatchFiredAsync(
        DbContext db, IReadOnlyCollection<DueDeadline> due, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(due);
        if (due.Count == 0)
        {
            return [];
        }

        var subjectType = due.First().SubjectType;
        if (due.Any(d => d.SubjectType != subjectType))
        {
            throw new ArgumentException("Les échéances d'un lot doivent porter sur un même type de sujet.", nameof(due));
        }

        var subjectIds = due.Select(d => d.SubjectId).Distinct().ToList();
        var loaded = await db.Set<Deadline>().AsTracking()
            .Where(d => d.SubjectType == subjectType && subjectIds.Contains(d.SubjectId))
            .ToListAsync(cancellationToken);
        var byId = loaded.ToDictionary(d => d.Id);
        Batches.AddOrUpdate(db, new BatchIndex(subjectType, subjectIds, loaded));
        var now = time.GetUtcNow();
        var fire = new List<DueDeadline>(due.Count);
        foreach (var item in due)
        {
            if (byId.TryGetValue(item.Id, out var deadline) && deadline.IsStillClaimedAs(item))
            {
                deadline.MarkFired(now);
                fire.Add(item);
            }
        }

        return fire;
    }

    private static async Task<Deadline?> FindAsync(
        DbContext db, string subjectType, string subjectId, string name, CancellationToken cancellationToken)
    {
        if (Batches.TryGetValue(db, out var index) && index.TryFind(db, subjectType, subjectId, name, out var known))
        {
            return known;
        }

        var set = db.Set<Deadline>();
        // Set twice in one command before SaveChanges: the first one is only in Local.
        return set.Local.FirstOrDefault(d => d.SubjectType == subjectType && d.SubjectId == subjectId && d.Name == name)
            ?? await set.AsTracking().FirstOrDefaultAsync(
                d => d.SubjectType == subjectType && d.SubjectId == subjectId && d.Name == name, cancellationToken);
    }

    private sealed class BatchIndex
    {
        private readonly string _subjectType;
        private readonly HashSet<string> _subjects;
        private readonly Dictionary<(string SubjectId, string Name), Deadline> _deadlines = [];

        public BatchIndex(string subjectType, IEnumerable<string> subjectIds, IEnumerable<Deadline> deadlines)
        {
            _subjectType = subjectType;
            _subjects = new HashSet<string>(subjectIds, StringComparer.Ordinal);
            foreach (var deadline in deadlines)
            {
                Add(deadline);
            }
        }

        public void Add(Deadline deadline)
        {
            if (deadline.SubjectType == _subjectType && _subjects.Contains(deadline.SubjectId))
            {
                _deadlines[(deadline.SubjectId, deadline.Name)] = deadline;
            }
        }

        // Only for the batch's subjects, all of whose deadlines were loaded; one no longer tracked (the change
        // tracker was cleared) is not an answer: the caller looks it up as usual.
        public bool TryFind(DbContext db, string subjectType, string subjectId, string name, out Deadline? deadline)
        {
            deadline = null;
            if (subjectType != _subjectType || !_subjects.Contains(subjectId))
            {
                return false;
            }

            if (!_deadlines.TryGetValue((subjectId, name), out deadline))
            {
                return true;
            }

            return db.Entry(deadline).State != EntityState.Detached;
        }
    }
}
