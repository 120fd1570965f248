using System.Diagnostics;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Tests.Support;
using Xunit;
using static Rafael.Workflows.Tests.Outbox.OutboxTestBed;

namespace Rafael.Workflows.Tests.Outbox;

/// <summary>Several nodes dispatch the same table at once: PostgreSQL only, as in production with many nodes.</summary>
public sealed class OutboxRaceTests
{
    [Theory]
    [InlineData(4, 20)]
    [InlineData(8, 5)]
    public async Task Racing_dispatchers_deliver_every_message_exactly_once(int dispatchers, int batchSize)
    {
        const int count = 500;
        await using var bed = await CreateAsync(TestDatabase.Postgres);
        await using (var db = bed.Database.CreateContext())
        {
            var writer = new OutboxWriter(bed.Time);
            for (var i = 0; i < count; i++)
            {
                await writer.AddAsync(db, EmailType, "{}", $"convocation:c-{i}", Ct);
            }

            await db.SaveChangesAsync(Ct);
        }

        using var go = new ManualResetEventSlim();
        var watch = Stopwatch.StartNew();
        var runs = Enumerable.Range(0, dispatchers)
            .Select(n => Task.Run(
                () =>
                {
                    go.Wait(Ct);
                    return bed.Dispatcher(new OutboxDispatcherOptions { NodeName = $"node-{n}", BatchSize = batchSize, MaxBatchesPerRun = 10_000 })
                        .RunOnceAsync(Ct);
                },
                Ct))
            .ToList();
        go.Set();
        var results = await Task.WhenAll(runs);
        watch.Stop();

        Assert.Equal(count, results.Sum(r => r.Processed));
        Assert.Equal(0, results.Sum(r => r.Failed + r.Parked + r.Lost));
        Assert.Equal(count, bed.Handler.Calls.Count);
        Assert.All(bed.Handler.Calls.Values, calls => Assert.Equal(1, calls));
        Assert.All(await bed.AllAsync(), m => Assert.NotNull(m.ProcessedAt));

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{count} messages, {dispatchers} dispatchers, batches of {batchSize}: {watch.Elapsed.TotalMilliseconds:F0} ms, "
            + $"{count / watch.Elapsed.TotalSeconds:F0} messages/s; per dispatcher: {string.Join(", ", results.Select(r => r.Processed))}");
    }
}
