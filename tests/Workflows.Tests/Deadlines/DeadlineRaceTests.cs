using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Tests.Support;
using Xunit;
using static Rafael.Workflows.Tests.Deadlines.DeadlineTestBed;

namespace Rafael.Workflows.Tests.Deadlines;

/// <summary>Several nodes process the same table at once: PostgreSQL only, as in production with many nodes.</summary>
public sealed class DeadlineRaceTests
{
    [Theory]
    [InlineData(4, 20)]
    [InlineData(8, 5)]
    public async Task Racing_processors_fire_every_deadline_exactly_once(int processors, int batchSize)
    {
        const int count = 500;
        await using var bed = await CreateAsync(TestDatabase.Postgres);
        var scheduler = new DeadlineScheduler(bed.Time);
        await using (var db = bed.Database.CreateContext())
        {
            for (var i = 0; i < count; i++)
            {
                await scheduler.SetAsync(db, Subject, $"c-{i}", "avis-non-transmis", Trigger, Start.AddSeconds(-i), Ct);
            }

            await db.SaveChangesAsync(Ct);
        }

        using var go = new ManualResetEventSlim();
        var watch = Stopwatch.StartNew();
        var runs = Enumerable.Range(0, processors)
            .Select(n => Task.Run(
                () =>
                {
                    go.Wait(Ct);
                    return new DeadlineProcessor(bed.Database.CreateContext, bed.Handler, bed.Time,
                        new DeadlineProcessorOptions { NodeName = $"node-{n}", BatchSize = batchSize, MaxBatchesPerRun = 10_000 })
                        .RunOnceAsync(Ct);
                },
                Ct))
            .ToList();
        go.Set();
        var results = await Task.WhenAll(runs);
        watch.Stop();

        Assert.Equal(count, results.Sum(r => r.Handled));
        Assert.Equal(0, results.Sum(r => r.Failed));
        Assert.Equal(count, bed.Handler.Calls.Count);
        Assert.All(bed.Handler.Calls.Values, calls => Assert.Equal(1, calls));
        Assert.All(bed.Handler.Fired.Values, fired => Assert.Equal(1, fired));
        Assert.Equal(count, bed.Handler.Fired.Count);
        Assert.All(await bed.AllAsync(), d => Assert.Equal(DeadlineState.Fired, d.State));
        await using (var db = bed.Database.CreateContext())
        {
            Assert.Equal(count, await db.Set<OutboxMessage>().CountAsync(Ct));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{count} deadlines, {processors} processors, batches of {batchSize}: {watch.Elapsed.TotalMilliseconds:F0} ms, "
            + $"{count / watch.Elapsed.TotalSeconds:F0} deadlines/s; per processor: {string.Join(", ", results.Select(r => r.Handled))}");
    }
}
