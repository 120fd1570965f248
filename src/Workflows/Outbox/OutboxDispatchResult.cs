namespace Rafael.Workflows.Outbox;

/// <summary>What one <see cref="OutboxDispatcher.RunOnceAsync"/> did.</summary>
/// <param name="Claimed">Messages this run claimed.</param>
/// <param name="Processed">Messages delivered and marked processed.</param>
/// <param name="Failed">Messages whose delivery failed and that will be tried again.</param>
/// <param name="Parked">Messages whose delivery failed once too often and that were parked.</param>
/// <param name="Lost">Messages whose lease expired and were taken over before this run could record the outcome.</param>
public sealed record OutboxDispatchResult(int Claimed, int Processed, int Failed, int Parked, int Lost)
{
    /// <summary>A run that found nothing due.</summary>
    public static OutboxDispatchResult None { get; } = new(0, 0, 0, 0, 0);
}
