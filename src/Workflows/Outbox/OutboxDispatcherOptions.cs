namespace Rafael.Workflows.Outbox;

/// <summary>Settings of an <see cref="OutboxDispatcher"/>; the defaults suit a production node.</summary>
public sealed class OutboxDispatcherOptions
{
    /// <summary>Names this node in claims, to tell in the table who holds what. Defaults to machine and process.</summary>
    public string NodeName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>How many messages one claim takes.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How many claims one <see cref="OutboxDispatcher.RunOnceAsync"/> makes at most, so that a run ends.</summary>
    public int MaxBatchesPerRun { get; set; } = 20;

    /// <summary>How long a claim holds a message; it must exceed the time to deliver a whole batch.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Failed attempts after which a message is parked until an administrator retries it.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The delay after a first failure; it doubles with each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest delay between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long <see cref="OutboxDispatcher.RunAsync"/> waits when nothing was due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Type prefixes of messages for partner connectors not deployed on this node yet (for example <c>agora.</c>): such a
    /// message without a handler waits, without counting attempts, instead of failing until it is parked.
    /// </summary>
    public IList<string> AwaitingConnectorPrefixes { get; } = [];

    /// <summary>How often a message waiting for its connector is looked at again.</summary>
    public TimeSpan AwaitingConnectorRecheck { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether a message of <paramref name="type"/> waits for a connector not deployed yet.</summary>
    /// <param name="type">The message's type.</param>
    /// <returns>True when one of <see cref="AwaitingConnectorPrefixes"/> starts it.</returns>
    public bool AwaitsConnector(string type) => AwaitingConnectorPrefixes.Any(p => type.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Throws if a setting cannot work (an empty batch, no attempt, a lease or a delay that is not positive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatchesPerRun, 1, nameof(MaxBatchesPerRun));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LeaseDuration, TimeSpan.Zero, nameof(LeaseDuration));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryBaseDelay, TimeSpan.Zero, nameof(RetryBaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryMaxDelay, RetryBaseDelay, nameof(RetryMaxDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PollInterval, TimeSpan.Zero, nameof(PollInterval));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AwaitingConnectorRecheck, TimeSpan.Zero, nameof(AwaitingConnectorRecheck));
        ArgumentException.ThrowIfNullOrWhiteSpace(NodeName, nameof(NodeName));
    }
}
