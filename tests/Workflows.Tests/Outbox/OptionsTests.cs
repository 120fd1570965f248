using Microsoft.Extensions.Time.Testing;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Tests.Support;
using Xunit;

namespace Rafael.Workflows.Tests.Outbox;

public sealed class OptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_park_after_eight_failures()
    {
        var outbox = new OutboxDispatcherOptions();
        outbox.Validate();
        new DeadlineProcessorOptions().Validate();
        Assert.Equal(8, outbox.MaxAttempts);
    }

    [Fact]
    public void Settings_that_cannot_work_are_refused_when_the_dispatcher_is_built()
    {
        var time = new FakeTimeProvider();
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutboxDispatcher(
            () => throw new InvalidOperationException(), [], time, new OutboxDispatcherOptions { MaxAttempts = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutboxDispatcher(
            () => throw new InvalidOperationException(), [], time,
            new OutboxDispatcherOptions { RetryMaxDelay = TimeSpan.FromSeconds(1), RetryBaseDelay = TimeSpan.FromSeconds(2) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeadlineProcessor(
            () => throw new InvalidOperationException(), new DelegateDeadlineHandler((_, _) => Task.CompletedTask), time,
            new DeadlineProcessorOptions { LeaseDuration = TimeSpan.Zero }));
    }
}
