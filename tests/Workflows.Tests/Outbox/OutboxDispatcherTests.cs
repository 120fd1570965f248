using Rafael.Workflows.Outbox;
using Rafael.Workflows.Tests.Support;
using Xunit;
using static Rafael.Workflows.Tests.Outbox.OutboxTestBed;

namespace Rafael.Workflows.Tests.Outbox;

public sealed class OutboxDispatcherTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_message_is_delivered_to_the_handlers_of_its_type_and_marked_processed(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.WriteAsync("c-1");
        var audit = new RecordingOutboxHandler(EmailType, "partner.notification");
        var other = new RecordingOutboxHandler("partner.notification");
        bed.Time.Advance(TimeSpan.FromSeconds(3));

        var first = await bed.Dispatcher(null, bed.Handler, audit, other).RunOnceAsync(Ct);
        var second = await bed.Dispatcher(null, bed.Handler, audit, other).RunOnceAsync(Ct);

        Assert.Equal(new OutboxDispatchResult(1, 1, 0, 0, 0), first);
        Assert.Equal(OutboxDispatchResult.None, second);
        Assert.Equal(1, bed.Handler.Calls[id]);
        Assert.Equal(1, audit.Calls[id]);
        Assert.Equal(0, other.TotalCalls);
        var message = await bed.LoadAsync(id);
        Assert.Equal(Start.AddSeconds(3), message.ProcessedAt);
        Assert.Null(message.ClaimedBy);
        Assert.Equal("""{"candidature":"c-1"}""", message.Payload);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failed_delivery_is_never_marked_processed_and_is_retried_with_backoff(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.WriteAsync("c-1");
        var options = new OutboxDispatcherOptions { RetryBaseDelay = TimeSpan.FromSeconds(10), MaxAttempts = 8 };
        bed.Handler.BeforeDelivering = (_, _) => throw new IOException("SMTP indisponible");

        Assert.Equal(new OutboxDispatchResult(1, 0, 1, 0, 0), await bed.Dispatcher(options).RunOnceAsync(Ct));
        var failed = await bed.LoadAsync(id);
        Assert.Null(failed.ProcessedAt);
        Assert.Null(failed.ParkedAt);
        Assert.Null(failed.ClaimedBy);
        Assert.Equal(1, failed.Attempts);
        Assert.StartsWith("System.IO.IOException: SMTP indisponible", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(Start.AddSeconds(10), failed.NextAttemptAt);

        bed.Time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(OutboxDispatchResult.None, await bed.Dispatcher(options).RunOnceAsync(Ct));
        bed.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await bed.Dispatcher(options).RunOnceAsync(Ct)).Failed);
        Assert.Equal(Start.AddSeconds(30), (await bed.LoadAsync(id)).NextAttemptAt);

        bed.Handler.BeforeDelivering = null;
        bed.Time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(1, (await bed.Dispatcher(options).RunOnceAsync(Ct)).Processed);
        Assert.Equal(3, bed.Handler.Calls[id]);
        Assert.NotNull((await bed.LoadAsync(id)).ProcessedAt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task After_max_attempts_a_message_is_parked_and_an_administrator_can_retry_it(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.WriteAsync("c-1");
        var healthy = await bed.WriteAsync("c-2");
        var options = new OutboxDispatcherOptions
        {
            MaxAttempts = 3, RetryBaseDelay = TimeSpan.FromMinutes(1), RetryMaxDelay = TimeSpan.FromMinutes(90),
        };
        bed.Handler.BeforeDelivering = (m, _) => m.Id == id ? throw new InvalidOperationException("Adresse refusée") : Task.CompletedTask;

        Assert.Equal(new OutboxDispatchResult(2, 1, 1, 0, 0), await bed.Dispatcher(options).RunOnceAsync(Ct));
        bed.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new OutboxDispatchResult(1, 0, 1, 0, 0), await bed.Dispatcher(options).RunOnceAsync(Ct));
        bed.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new OutboxDispatchResult(1, 0, 0, 1, 0), await bed.Dispatcher(options).RunOnceAsync(Ct));

        var parked = await bed.LoadAsync(id);
        Assert.Equal(Start.AddMinutes(3), parked.ParkedAt);
        Assert.Null(parked.ProcessedAt);
        Assert.Equal(3, parked.Attempts);
        bed.Time.Advance(TimeSpan.FromDays(10));
        Assert.Equal(OutboxDispatchResult.None, await bed.Dispatcher(options).RunOnceAsync(Ct));
        Assert.Equal(3, bed.Handler.Calls[id]);

        var listed = Assert.Single(await bed.Admin().ListParkedAsync(cancellationToken: Ct));
        Assert.Equal(id, listed.Id);
        Assert.False(await bed.Admin().RetryAsync(healthy, Ct));
        Assert.True(await bed.Admin().RetryAsync(id, Ct));
        Assert.Empty(await bed.Admin().ListParkedAsync(cancellationToken: Ct));
        var retried = await bed.LoadAsync(id);
        Assert.Equal(0, retried.Attempts);
        Assert.Equal(bed.Time.GetUtcNow(), retried.NextAttemptAt);

        bed.Handler.BeforeDelivering = null;
        Assert.Equal(new OutboxDispatchResult(1, 1, 0, 0, 0), await bed.Dispatcher(options).RunOnceAsync(Ct));
        Assert.Equal(4, bed.Handler.Calls[id]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_message_nobody_handles_fails_and_ends_up_parked(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.WriteAsync("c-1", "type.inconnu");
        var options = new OutboxDispatcherOptions { MaxAttempts = 1 };

        Assert.Equal(1, (await bed.Dispatcher(options).RunOnceAsync(Ct)).Parked);
        Assert.Contains("No outbox handler for type 'type.inconnu'", (await bed.LoadAsync(id)).LastError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_message_for_a_connector_not_deployed_yet_waits_without_counting_attempts(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.WriteAsync("c-1", "agora.avis");
        var options = new OutboxDispatcherOptions { MaxAttempts = 1, AwaitingConnectorRecheck = TimeSpan.FromHours(1) };
        options.AwaitingConnectorPrefixes.Add("agora.");

        var result = await bed.Dispatcher(options).RunOnceAsync(Ct);
        Assert.Equal(0, result.Parked + result.Failed + result.Processed);
        var waiting = await bed.LoadAsync(id);
        Assert.Null(waiting.ParkedAt);
        Assert.Null(waiting.ProcessedAt);
        Assert.Equal(0, waiting.Attempts);
        Assert.Equal(bed.Time.GetUtcNow().AddHours(1), waiting.NextAttemptAt);

        // Once its connector is deployed, the message that waited is delivered.
        bed.Time.Advance(TimeSpan.FromHours(1));
        var connector = new RecordingOutboxHandler("agora.avis");
        Assert.Equal(1, (await bed.Dispatcher(options, connector).RunOnceAsync(Ct)).Processed);
        Assert.Equal(1, connector.Calls[id]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_dispatcher_whose_lease_expired_cannot_record_over_the_node_that_took_over(string provider)
    {
        await using var bed = await CreateAsync(provider);
        var id = await bed.WriteAsync("c-1");
        var options = new OutboxDispatcherOptions { LeaseDuration = TimeSpan.FromMinutes(2) };
        var claimed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var frozen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new RecordingOutboxHandler(EmailType)
        {
            BeforeDelivering = async (_, _) => { claimed.TrySetResult(); await frozen.Task; throw new IOException("trop tard"); },
        };

        var runA = bed.Dispatcher(options, slow).RunOnceAsync(Ct);
        await claimed.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(OutboxDispatchResult.None, await bed.Dispatcher(options).RunOnceAsync(Ct));
        bed.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await bed.Dispatcher(options).RunOnceAsync(Ct)).Processed);

        frozen.SetResult();
        Assert.Equal(new OutboxDispatchResult(1, 0, 0, 0, 1), await runA);
        var message = await bed.LoadAsync(id);
        Assert.NotNull(message.ProcessedAt);
        Assert.Equal(0, message.Attempts);
        Assert.Null(message.LastError);
    }

    [Fact]
    public async Task The_dispatcher_loop_delivers_what_is_written_while_it_runs_then_stops_when_cancelled()
    {
        await using var bed = await CreateAsync(TestDatabase.Sqlite);
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bed.Handler.BeforeDelivering = (_, _) => { delivered.TrySetResult(); return Task.CompletedTask; };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var loop = bed.Dispatcher(new OutboxDispatcherOptions { PollInterval = TimeSpan.FromSeconds(5) }).RunAsync(stop.Token);

        var id = await bed.WriteAsync("c-1");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!delivered.Task.IsCompleted && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            bed.Time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(50, Ct);
        }

        Assert.True(delivered.Task.IsCompleted, "The message was never delivered.");
        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.NotNull((await bed.LoadAsync(id)).ProcessedAt);
        Assert.Equal(1, bed.Handler.Calls[id]);
    }
}
