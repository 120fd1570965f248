namespace Rafael.Workflows.Deadlines;

/// <summary>
/// A <see cref="IDeadlineHandler"/> that can also fire a whole claimed batch in one transaction, which a sweep of
/// many due deadlines needs: one commit per batch instead of one per deadline.
/// </summary>
/// <remarks>
/// All or nothing: mark the deadlines with <see cref="DeadlineScheduler.TryMarkBatchFiredAsync"/>
/// in the same transaction as their work, fire only those it returns, and throw if anything fails: nothing of the
/// batch must then be committed. The <see cref="DeadlineProcessor"/> then hands the batch's deadlines one by one to
/// <see cref="IDeadlineHandler.HandleAsync"/>, so that one bad deadline never blocks the others; those already
/// fired are found stale there and left alone.
/// </remarks>
public interface IDeadlineBatchHandler : IDeadlineHandler
{
    /// <summary>Fires the triggers of <paramref name="deadlines"/> in one transaction, or throws and commits nothing.</summary>
    /// <param name="deadlines">The claimed batch, in due order.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    /// <returns>A task that completes when the batch is committed.</returns>
    Task HandleBatchAsync(IReadOnlyList<DueDeadline> deadlines, CancellationToken cancellationToken);
}
