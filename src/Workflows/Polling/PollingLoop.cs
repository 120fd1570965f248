using Microsoft.Extensions.Logging;

namespace Rafael.Workflows.Polling;

/// <summary>
/// The loop shared by the background processors: run a batch, and wait for the poll interval only when the batch
/// found nothing, so that a backlog drains at full speed. A failing run (the database down for a while) is logged and
/// the loop goes on, rather than stopping the node's processor.
/// </summary>
internal static class PollingLoop
{
    public static async Task RunAsync(Func<CancellationToken, Task<int>> runOnce, TimeSpan pollInterval, TimeProvider time, ILogger logger, string name, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await runOnce(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // See the summary: a processor keeps polling through failures.
            catch (Exception exception)
#pragma warning restore CA1031
            {
#pragma warning disable CA1848, CA2254 // One message per failed run: not a hot path, and the name is ours.
                logger.LogError(exception, "{Processor} run failed", name);
#pragma warning restore CA1848, CA2254
            }

            if (claimed == 0)
            {
                try
                {
                    await Task.Delay(pollInterval, time, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }
}
