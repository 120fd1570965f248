using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Tests.Support;
using Xunit;
using static Rafael.Workflows.Tests.Deadlines.DeadlineTestBed;

namespace Rafael.Workflows.Tests.Deadlines;

public sealed class DeadlineRestartTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_deadline_claimed_by_a_node_that_dies_is_fired_once_by_another_after_the_lease(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.SetAsync("c-1", "avis-non-transmis", Start);
        var options = new DeadlineProcessorOptions { LeaseDuration = TimeSpan.FromMinutes(5) };

        // Node A claims the deadline and freezes in its handler: from the database's side, it died.
        var claimed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var frozen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var nodeA = new RecordingDeadlineHandler(bed.Database, bed.Time)
        {
            BeforeFiring = async (_, _) => { claimed.TrySetResult(); await frozen.Task; },
        };
        var runA = bed.Processor(options, nodeA).RunOnceAsync(Ct);
        await claimed.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        // Node B, started while the lease runs, finds nothing; after the lease it fires the deadline.
        Assert.Equal(DeadlineRunResult.None, await bed.Processor(options).RunOnceAsync(Ct));
        bed.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new DeadlineRunResult(1, 1, 0), await bed.Processor(options).RunOnceAsync(Ct));

        // A thaws: it must not fire the deadline a second time.
        frozen.SetResult();
        await runA;
        bed.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(DeadlineRunResult.None, await bed.Processor(options).RunOnceAsync(Ct));

        Assert.Equal(1, bed.Handler.Fired[id]);
        Assert.False(nodeA.Fired.ContainsKey(id));
        Assert.Equal(DeadlineState.Fired, (await bed.LoadAsync(id)).State);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_processor_stopped_during_a_batch_hands_back_what_it_did_not_handle(string provider)
    {
        await using var bed = await CreateAsync(provider);
        for (var i = 0; i < 3; i++)
        {
            await bed.SetAsync($"c-{i}", "avis-non-transmis", Start.AddMinutes(i - 10));
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var stopping = new RecordingDeadlineHandler(bed.Database, bed.Time);
        stopping.BeforeFiring = async (_, _) => await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bed.Processor(handler: stopping).RunOnceAsync(stop.Token));

        // Without waiting for the lease, the next run takes them all.
        Assert.Equal(3, (await bed.Processor().RunOnceAsync(Ct)).Handled);
        Assert.Equal(3, bed.Handler.TotalFired);
        Assert.Equal(0, stopping.TotalFired);
    }
}
