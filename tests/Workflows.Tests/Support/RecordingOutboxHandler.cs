using System.Collections.Concurrent;
using Rafael.Workflows.Outbox;

namespace Rafael.Workflows.Tests.Support;

/// <summary>Counts deliveries per message; can be told to fail or to wait.</summary>
public sealed class RecordingOutboxHandler(params string[] types) : IOutboxHandler
{
    /// <summary>Delivery attempts per message.</summary>
    public ConcurrentDictionary<Guid, int> Calls { get; } = new();

    /// <summary>Runs before a delivery counts as done: throw to fail, or wait to stand for a slow node.</summary>
    public Func<OutboxMessage, CancellationToken, Task>? BeforeDelivering { get; set; }

    public int TotalCalls => Calls.Values.Sum();

    public bool CanHandle(string type) => types.Contains(type);

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Calls.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
        if (BeforeDelivering is not null)
        {
            await BeforeDelivering(message, cancellationToken);
        }
    }
}
