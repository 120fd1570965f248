namespace Rafael.Workflows.Deadlines;

/// <summary>Settings of a <see cref="DeadlineProcessor"/>; the defaults suit a production node.</summary>
public sealed class DeadlineProcessorOptions
{
    /// <summary>Names this node in claims, to tell in the table who holds what. Defaults to machine and process.</summary>
    public string NodeName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>How many deadlines one claim takes; with an <see cref="IDeadlineBatchHandler"/>, how many one transaction fires.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How many claims one <see cref="DeadlineProcessor.RunOnceAsync"/> makes at most, so that a run ends.</summary>
    public int MaxBatchesPerRun { get; set; } = 20;

    /// <summary>
    /// How long a claim holds a deadline. If the node dies, another takes the deadline after this;
    /// it must exceed the time to handle a whole batch.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The delay after a first failure; it doubles with each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest delay between two attempts. Deadlines are never given up: an incident must be fixed.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long <see cref="DeadlineProcessor.RunAsync"/> waits when nothing was due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Throws if a setting cannot work (an empty batch, a lease or a delay that is not positive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatchesPerRun, 1, nameof(MaxBatchesPerRun));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LeaseDuration, TimeSpan.Zero, nameof(LeaseDuration));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryBaseDelay, TimeSpan.Zero, nameof(RetryBaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryMaxDelay, RetryBaseDelay, nameof(RetryMaxDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PollInterval, TimeSpan.Zero, nameof(PollInterval));
        ArgumentException.ThrowIfNullOrWhiteSpace(NodeName, nameof(NodeName));
    }
}
