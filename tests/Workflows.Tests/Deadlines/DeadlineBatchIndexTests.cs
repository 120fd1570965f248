using Microsoft.EntityFrameworkCore;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Tests.Support;
using Xunit;
using static Rafael.Workflows.Tests.Deadlines.DeadlineTestBed;

namespace Rafael.Workflows.Tests.Deadlines;

/// <summary>In a batch's unit of work the scheduler finds the deadlines of the batch's subjects in memory; once the
/// change tracker is cleared (a batch written in slices), it looks them up in the database again.</summary>
public sealed class DeadlineBatchIndexTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Effects_in_a_batch_reschedule_and_cancel_the_right_rows_before_and_after_the_tracker_is_cleared(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var avis1 = await bed.SetAsync("c-1", "avis-non-transmis", Start.AddMinutes(-2));
        var avis2 = await bed.SetAsync("c-2", "avis-non-transmis", Start.AddMinutes(-1));
        var relance = await bed.SetAsync("c-1", "relance-avis", Start.AddDays(3));
        var autre = await bed.SetAsync("c-9", "relance-avis", Start.AddDays(3));
        var handler = new EffectsHandler(bed);

        Assert.Equal(new DeadlineRunResult(2, 2, 0), await bed.Processor(handler: handler).RunOnceAsync(Ct));

        Assert.Equal([true, false, false, true], handler.Results);
        var all = await bed.AllAsync();
        Assert.Equal(DeadlineState.Fired, all.Single(d => d.Id == avis1).State);
        Assert.Equal(DeadlineState.Fired, all.Single(d => d.Id == avis2).State);
        // Cancelled in memory, then re-armed after the clear from the database row: still one row per subject and name.
        var rearmee = all.Single(d => d.SubjectId == "c-1" && d.Name == "relance-avis");
        Assert.Equal(relance, rearmee.Id);
        Assert.Equal(DeadlineState.Pending, rearmee.State);
        Assert.Equal(Start.AddDays(5), rearmee.DueAt);
        Assert.Equal(Start.AddDays(4), all.Single(d => d.SubjectId == "c-2" && d.Name == "nouvelle").DueAt);
        // Outside the batch's subjects: looked up in the database as usual.
        Assert.Equal(DeadlineState.Cancelled, all.Single(d => d.Id == autre).State);
        Assert.Equal(5, all.Count);
    }

    private sealed class EffectsHandler(DeadlineTestBed bed) : IDeadlineBatchHandler
    {
        public List<bool> Results { get; } = [];

        public Task HandleAsync(DueDeadline deadline, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Le lot ne doit pas échouer.");

        public async Task HandleBatchAsync(IReadOnlyList<DueDeadline> deadlines, CancellationToken cancellationToken)
        {
            var scheduler = new DeadlineScheduler(bed.Time);
            await using var db = bed.Database.CreateContext();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Assert.Equal(2, (await scheduler.TryMarkBatchFiredAsync(db, deadlines, cancellationToken)).Count);
            Results.Add(await scheduler.CancelAsync(db, Subject, "c-1", "relance-avis", cancellationToken));
            Results.Add(await scheduler.CancelAsync(db, Subject, "c-1", "relance-avis", cancellationToken));
            await scheduler.SetAsync(db, Subject, "c-2", "nouvelle", Trigger, Start.AddDays(2), cancellationToken);
            await scheduler.SetAsync(db, Subject, "c-2", "nouvelle", Trigger, Start.AddDays(4), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            Results.Add(await scheduler.CancelAsync(db, Subject, "c-1", "relance-avis", cancellationToken));
            await scheduler.SetAsync(db, Subject, "c-1", "relance-avis", Trigger, Start.AddDays(5), cancellationToken);
            Results.Add(await scheduler.CancelAsync(db, Subject, "c-9", "relance-avis", cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Assert.True(await db.Set<Deadline>().AnyAsync(d => d.Name == "nouvelle", cancellationToken));
        }
    }
}
