namespace Rafael.Workflows.Deadlines;

/// <summary>
/// Fires a due deadline's trigger on its subject. Implemented by the host (the Engine).
/// </summary>
/// <remarks>
/// For exactly-once firing, do the work in one transaction of your own that also calls
/// <see cref="DeadlineScheduler.TryMarkFiredAsync"/> and does nothing when it returns false (the deadline was
/// cancelled, rescheduled or taken over by another node meanwhile). A handler that returns without marking the
/// deadline gets it marked fired by the processor afterwards, in a second transaction: at least once.
/// Throwing records a failure; the deadline is tried again after a backoff.
/// </remarks>
public interface IDeadlineHandler
{
    /// <summary>Fires <paramref name="deadline"/>'s trigger on its subject.</summary>
    /// <param name="deadline">The claimed deadline.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    /// <returns>A task that completes when the work is committed.</returns>
    Task HandleAsync(DueDeadline deadline, CancellationToken cancellationToken);
}
