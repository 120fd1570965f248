namespace Rafael.Workflows.Deadlines;

/// <summary>What one <see cref="DeadlineProcessor.RunOnceAsync"/> did.</summary>
/// <param name="Claimed">Deadlines this run claimed.</param>
/// <param name="Handled">Deadlines whose handler returned (fired, or found stale and left alone).</param>
/// <param name="Failed">Deadlines whose handler threw; they are tried again after a backoff.</param>
public sealed record DeadlineRunResult(int Claimed, int Handled, int Failed)
{
    /// <summary>A run that found nothing due.</summary>
    public static DeadlineRunResult None { get; } = new(0, 0, 0);
}
