namespace Rafael.Workflows.Outbox;

/// <summary>Delivers outbox messages of some types (sends an email, notifies a partner, publishes to the broker).</summary>
/// <remarks>
/// Delivery is at least once: a node may die after delivering and before recording it, and a message with
/// several handlers is delivered again to all of them when one fails. Use <see cref="OutboxMessage.IdempotencyKey"/>
/// to make delivery idempotent downstream.
/// </remarks>
public interface IOutboxHandler
{
    /// <summary>Whether this handler delivers messages of <paramref name="type"/>.</summary>
    /// <param name="type">The message's <see cref="OutboxMessage.Type"/>.</param>
    /// <returns>True to receive such messages.</returns>
    bool CanHandle(string type);

    /// <summary>Delivers the message; throwing records a failure, and the message is tried again later (an <see cref="OutboxParkException"/> parks it at once).</summary>
    /// <param name="message">The message (do not change it: the dispatcher records the outcome).</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    /// <returns>A task that completes when the message is delivered.</returns>
    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
