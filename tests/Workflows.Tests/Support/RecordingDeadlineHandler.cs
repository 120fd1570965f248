using System.Collections.Concurrent;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;

namespace Rafael.Workflows.Tests.Support;

/// <summary>
/// Handles deadlines as the Engine will: in a transaction of its own, it marks the deadline fired and writes what
/// firing produces (here an outbox message standing for the subject's change), or does nothing if it is stale.
/// </summary>
public sealed class RecordingDeadlineHandler(TestDatabase database, TimeProvider time) : IDeadlineHandler
{
    /// <summary>Handler calls per deadline.</summary>
    public ConcurrentDictionary<Guid, int> Calls { get; } = new();

    /// <summary>Committed firings per deadline.</summary>
    public ConcurrentDictionary<Guid, int> Fired { get; } = new();

    /// <summary>Runs before the transaction: throw to fail, or wait to stand for a slow or frozen node.</summary>
    public Func<DueDeadline, CancellationToken, Task>? BeforeFiring { get; set; }

    public int TotalCalls => Calls.Values.Sum();

    public int TotalFired => Fired.Values.Sum();

    public async Task HandleAsync(DueDeadline deadline, CancellationToken cancellationToken)
    {
        Calls.AddOrUpdate(deadline.Id, 1, (_, n) => n + 1);
        if (BeforeFiring is not null)
        {
            await BeforeFiring(deadline, cancellationToken);
        }

        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await new DeadlineScheduler(time).TryMarkFiredAsync(db, deadline, cancellationToken))
        {
            return;
        }

        await new OutboxWriter(time).AddAsync(
            db, "deadline.fired", $$"""{"trigger":"{{deadline.Trigger}}"}""", $"deadline:{deadline.Id}:{deadline.DueAt:O}",
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Fired.AddOrUpdate(deadline.Id, 1, (_, n) => n + 1);
    }
}
