using Microsoft.EntityFrameworkCore;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Tests.Support;
using Xunit;
using static Rafael.Workflows.Tests.Deadlines.DeadlineTestBed;

namespace Rafael.Workflows.Tests.Deadlines;

public sealed class DeadlineProcessorTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_due_deadline_fires_once_and_commits_with_what_it_produces(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.SetAsync("c-1", "avis-non-transmis", Start.AddDays(15));
        bed.Time.Advance(TimeSpan.FromDays(15));

        var first = await bed.Processor().RunOnceAsync(Ct);
        var second = await bed.Processor().RunOnceAsync(Ct);

        Assert.Equal(new DeadlineRunResult(1, 1, 0), first);
        Assert.Equal(DeadlineRunResult.None, second);
        Assert.Equal(1, bed.Handler.Calls[id]);
        Assert.Equal(1, bed.Handler.Fired[id]);
        var deadline = await bed.LoadAsync(id);
        Assert.Equal(DeadlineState.Fired, deadline.State);
        Assert.Equal(Start.AddDays(15), deadline.FiredAt);
        Assert.Null(deadline.ClaimedBy);
        await using var db = bed.Database.CreateContext();
        Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync(m => m.Type == "deadline.fired", Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_deadline_not_yet_due_does_not_fire_until_its_time(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.SetAsync("c-1", "avis-non-transmis", Start.AddDays(15));
        bed.Time.Advance(TimeSpan.FromDays(15) - TimeSpan.FromSeconds(1));

        Assert.Equal(DeadlineRunResult.None, await bed.Processor().RunOnceAsync(Ct));
        Assert.Equal(0, bed.Handler.TotalCalls);

        bed.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await bed.Processor().RunOnceAsync(Ct)).Handled);
        Assert.Equal(1, bed.Handler.Fired[id]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failing_handler_leaves_the_deadline_pending_and_retries_it_with_backoff(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.SetAsync("c-1", "avis-non-transmis", Start);
        var options = new DeadlineProcessorOptions
        {
            RetryBaseDelay = TimeSpan.FromMinutes(1), RetryMaxDelay = TimeSpan.FromMinutes(3),
        };
        var failuresLeft = 3;
        bed.Handler.BeforeFiring = (_, _) => failuresLeft-- > 0
            ? throw new InvalidOperationException("Candidature verrouillée")
            : Task.CompletedTask;

        // Failures at t0, t0+1 min, t0+3 min (delays 1, 2 minutes), then the cap: 3 minutes, not 4.
        Assert.Equal(new DeadlineRunResult(1, 0, 1), await bed.Processor(options).RunOnceAsync(Ct));
        var afterFirst = await bed.LoadAsync(id);
        Assert.Equal(DeadlineState.Pending, afterFirst.State);
        Assert.Equal(1, afterFirst.Attempts);
        Assert.Contains("Candidature verrouillée", afterFirst.LastError, StringComparison.Ordinal);
        Assert.Equal(Start.AddMinutes(1), afterFirst.NextAttemptAt);
        Assert.Null(afterFirst.ClaimedBy);

        bed.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(DeadlineRunResult.None, await bed.Processor(options).RunOnceAsync(Ct));
        bed.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await bed.Processor(options).RunOnceAsync(Ct)).Failed);
        Assert.Equal(Start.AddMinutes(3), (await bed.LoadAsync(id)).NextAttemptAt);
        bed.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await bed.Processor(options).RunOnceAsync(Ct)).Failed);
        Assert.Equal(Start.AddMinutes(6), (await bed.LoadAsync(id)).NextAttemptAt);

        bed.Time.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(new DeadlineRunResult(1, 1, 0), await bed.Processor(options).RunOnceAsync(Ct));
        var fired = await bed.LoadAsync(id);
        Assert.Equal(DeadlineState.Fired, fired.State);
        Assert.Null(fired.LastError);
        Assert.Equal(4, bed.Handler.Calls[id]);
        Assert.Equal(1, bed.Handler.Fired[id]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_handler_that_does_not_mark_the_deadline_gets_it_marked_fired_by_the_processor(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.SetAsync("c-1", "relance", Start);
        var calls = 0;
        var handler = new DelegateDeadlineHandler((_, _) => { calls++; return Task.CompletedTask; });

        await bed.Processor(handler: handler).RunOnceAsync(Ct);
        await bed.Processor(handler: handler).RunOnceAsync(Ct);

        Assert.Equal(1, calls);
        Assert.Equal(DeadlineState.Fired, (await bed.LoadAsync(id)).State);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Many_due_deadlines_are_taken_in_batches_in_due_order(string provider)
    {
        await using var bed = await CreateAsync(provider);
        for (var i = 0; i < 25; i++)
        {
            await bed.SetAsync($"c-{i}", "avis-non-transmis", Start.AddMinutes(-i));
        }

        var order = new List<DateTimeOffset>();
        var handler = new DelegateDeadlineHandler((d, _) => { order.Add(d.DueAt); return Task.CompletedTask; });
        var result = await bed.Processor(new DeadlineProcessorOptions { BatchSize = 10, MaxBatchesPerRun = 2 }, handler)
            .RunOnceAsync(Ct);

        Assert.Equal(new DeadlineRunResult(20, 20, 0), result);
        Assert.Equal(order.OrderBy(t => t), order);
        Assert.Equal(Start.AddMinutes(-24), order[0]);
        Assert.Equal(5, (await bed.Processor(handler: handler).RunOnceAsync(Ct)).Handled);
    }

    [Fact]
    public async Task The_processor_loop_polls_until_a_deadline_is_due_then_stops_when_cancelled()
    {
        await using var bed = await CreateAsync(TestDatabase.Sqlite);
        var id = await bed.SetAsync("c-1", "avis-non-transmis", Start.AddMinutes(1));
        var fired = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new DelegateDeadlineHandler((_, _) => { fired.TrySetResult(bed.Time.GetUtcNow()); return Task.CompletedTask; });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var loop = bed.Processor(new DeadlineProcessorOptions { PollInterval = TimeSpan.FromSeconds(15) }, handler)
            .RunAsync(stop.Token);

        // The loop waits on the fake clock: move it by poll intervals until the deadline fires.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!fired.Task.IsCompleted && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            bed.Time.Advance(TimeSpan.FromSeconds(15));
            await Task.Delay(50, Ct);
        }

        Assert.True(fired.Task.IsCompleted, "The deadline never fired.");
        Assert.True(await fired.Task >= Start.AddMinutes(1));
        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(DeadlineState.Fired, (await bed.LoadAsync(id)).State);
    }
}
