using Microsoft.EntityFrameworkCore;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Tests.Support;
using Xunit;
using static Rafael.Workflows.Tests.Deadlines.DeadlineTestBed;

namespace Rafael.Workflows.Tests.Deadlines;

public sealed class DeadlineBatchTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_batch_handler_fires_each_claimed_batch_in_one_transaction(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await bed.SetAsync($"c-{i}", "avis-non-transmis", Start.AddMinutes(-i)));
        }

        var handler = new BatchRecordingDeadlineHandler(bed.Database, bed.Time);
        var result = await bed.Processor(new DeadlineProcessorOptions { BatchSize = 5 }, handler).RunOnceAsync(Ct);

        Assert.Equal(new DeadlineRunResult(12, 12, 0), result);
        Assert.Equal([5, 5, 2], handler.Batches);
        Assert.Empty(handler.SingleCalls);
        Assert.All(ids, id => Assert.Equal(1, handler.Fired[id]));
        Assert.All(await bed.AllAsync(), d =>
        {
            Assert.Equal(DeadlineState.Fired, d.State);
            Assert.Equal(Start, d.FiredAt);
            Assert.Null(d.ClaimedBy);
        });
        await using var db = bed.Database.CreateContext();
        Assert.Equal(12, await db.Set<OutboxMessage>().CountAsync(m => m.Type == "deadline.fired", Ct));
        Assert.Equal(DeadlineRunResult.None, await bed.Processor(handler: handler).RunOnceAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failed_batch_is_retried_one_by_one_so_that_one_bad_deadline_blocks_no_other(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var ids = new Dictionary<string, Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids[$"c-{i}"] = await bed.SetAsync($"c-{i}", "avis-non-transmis", Start.AddMinutes(-i));
        }

        var handler = new BatchRecordingDeadlineHandler(bed.Database, bed.Time) { BadSubjects = { "c-2" } };
        var options = new DeadlineProcessorOptions { BatchSize = 10, RetryBaseDelay = TimeSpan.FromMinutes(1) };
        var result = await bed.Processor(options, handler).RunOnceAsync(Ct);

        Assert.Equal(new DeadlineRunResult(6, 5, 1), result);
        Assert.Equal([6], handler.Batches);
        Assert.Equal(6, handler.SingleCalls.Count);
        Assert.DoesNotContain(ids["c-2"], handler.Fired.Keys);
        Assert.All(ids.Where(p => p.Key != "c-2"), p => Assert.Equal(1, handler.Fired[p.Value]));
        var bad = await bed.LoadAsync(ids["c-2"]);
        Assert.Equal(DeadlineState.Pending, bad.State);
        Assert.Equal(1, bad.Attempts);
        Assert.Contains("Sujet c-2 illisible", bad.LastError, StringComparison.Ordinal);
        Assert.Equal(Start.AddMinutes(1), bad.NextAttemptAt);
        await using (var db = bed.Database.CreateContext())
        {
            // Nothing of the failed batch was committed: one message per good deadline, from the one-by-one path.
            Assert.Equal(5, await db.Set<OutboxMessage>().CountAsync(m => m.Type == "deadline.fired", Ct));
        }

        // Fixed later, the bad deadline fires alone; the others are never handled again.
        handler.BadSubjects.Clear();
        bed.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DeadlineRunResult(1, 1, 0), await bed.Processor(options, handler).RunOnceAsync(Ct));
        Assert.All(ids.Values, id => Assert.Equal(1, handler.Fired[id]));
        Assert.All(await bed.AllAsync(), d => Assert.Equal(DeadlineState.Fired, d.State));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_deadline_rescheduled_after_the_claim_is_left_out_of_the_batch(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var kept = await bed.SetAsync("c-1", "avis-non-transmis", Start);
        var moved = await bed.SetAsync("c-2", "avis-non-transmis", Start);
        var handler = new RescheduleFirst(bed, "c-2", new BatchRecordingDeadlineHandler(bed.Database, bed.Time));

        var result = await bed.Processor(handler: handler).RunOnceAsync(Ct);

        Assert.Equal(new DeadlineRunResult(2, 2, 0), result);
        Assert.Equal(1, handler.Inner.Fired[kept]);
        Assert.DoesNotContain(moved, handler.Inner.Fired.Keys);
        var later = await bed.LoadAsync(moved);
        Assert.Equal(DeadlineState.Pending, later.State);
        Assert.Equal(Start.AddDays(7), later.DueAt);
    }

    /// <summary>Stands for a user rescheduling a deadline while the batch is on its way to the handler.</summary>
    private sealed class RescheduleFirst(DeadlineTestBed bed, string subject, BatchRecordingDeadlineHandler inner) : IDeadlineBatchHandler
    {
        public BatchRecordingDeadlineHandler Inner => inner;

        public async Task HandleBatchAsync(IReadOnlyList<DueDeadline> deadlines, CancellationToken cancellationToken)
        {
            await bed.SetAsync(subject, "avis-non-transmis", Start.AddDays(7));
            await inner.HandleBatchAsync(deadlines, cancellationToken);
        }

        public Task HandleAsync(DueDeadline deadline, CancellationToken cancellationToken) => inner.HandleAsync(deadline, cancellationToken);
    }
}
