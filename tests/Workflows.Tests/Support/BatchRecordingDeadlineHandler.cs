using System.Collections.Concurrent;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;

namespace Rafael.Workflows.Tests.Support;

/// <summary>
/// Handles batches as the Engine does: one transaction marks the batch fired and writes one outbox message per
/// deadline; a deadline of a subject in <see cref="BadSubjects"/> throws, in the batch and alone.
/// </summary>
public sealed class BatchRecordingDeadlineHandler(TestDatabase database, TimeProvider time) : IDeadlineBatchHandler
{
    private readonly RecordingDeadlineHandler _single = new(database, time);

    /// <summary>Subjects whose deadlines always fail.</summary>
    public HashSet<string> BadSubjects { get; } = new(StringComparer.Ordinal);

    /// <summary>Sizes of the batches handed over.</summary>
    public ConcurrentQueue<int> Batches { get; } = new();

    /// <summary>Deadlines handed over one by one.</summary>
    public ConcurrentDictionary<Guid, int> SingleCalls => _single.Calls;

    /// <summary>Committed firings per deadline, in batches or alone.</summary>
    public ConcurrentDictionary<Guid, int> Fired { get; } = new();

    public async Task HandleBatchAsync(IReadOnlyList<DueDeadline> deadlines, CancellationToken cancellationToken)
    {
        Batches.Enqueue(deadlines.Count);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fire = await new DeadlineScheduler(time).TryMarkBatchFiredAsync(db, deadlines, cancellationToken);
        foreach (var deadline in fire)
        {
            Fail(deadline);
            await new OutboxWriter(time).AddAsync(
                db, "deadline.fired", $$"""{"trigger":"{{deadline.Trigger}}"}""", $"deadline:{deadline.Id}:{deadline.DueAt:O}",
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var deadline in fire)
        {
            Fired.AddOrUpdate(deadline.Id, 1, (_, n) => n + 1);
        }
    }

    public async Task HandleAsync(DueDeadline deadline, CancellationToken cancellationToken)
    {
        var before = _single.Fired.GetValueOrDefault(deadline.Id);
        _single.BeforeFiring = (d, _) =>
        {
            Fail(d);
            return Task.CompletedTask;
        };
        await _single.HandleAsync(deadline, cancellationToken);
        if (_single.Fired.GetValueOrDefault(deadline.Id) > before)
        {
            Fired.AddOrUpdate(deadline.Id, 1, (_, n) => n + 1);
        }
    }

    private void Fail(DueDeadline deadline)
    {
        if (BadSubjects.Contains(deadline.SubjectId))
        {
            throw new InvalidOperationException($"Sujet {deadline.SubjectId} illisible");
        }
    }
}
