namespace Rafael.Workflows.Deadlines;

/// <summary>Where a deadline is in its life.</summary>
public enum DeadlineState
{
    /// <summary>Waiting for its due time, or for its next attempt after a failure.</summary>
    Pending,

    /// <summary>Its trigger was fired on the subject.</summary>
    Fired,

    /// <summary>The subject no longer needs it (for example, the verdict was given in time).</summary>
    Cancelled,
}
