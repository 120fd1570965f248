namespace Rafael.Workflows.Outbox;

/// <summary>Exponential backoff shared by the outbox dispatcher and the deadline processor.</summary>
internal static class RetryBackoff
{
    /// <summary>The delay before the attempt that follows <paramref name="failures"/> failures: base × 2^(failures − 1), capped.</summary>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        // Beyond 2^30 the cap is reached long before; the guard keeps the shift from overflowing.
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ticks = baseDelay.Ticks * (double)(1L << exponent);
        return ticks >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
