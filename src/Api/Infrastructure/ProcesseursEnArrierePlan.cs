using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;

namespace Rafael.Api.Infrastructure;

/// <summary>
/// Runs the deadline processor and the outbox dispatcher on every node: they claim rows with leases, so that
/// several nodes share the work and never handle the same row twice. Turned off with <c>Rafael:Processeurs=false</c>.
/// </summary>
internal sealed class ProcesseursEnArrierePlan(DeadlineProcessor echeances, OutboxDispatcher outbox, ILogger<ProcesseursEnArrierePlan> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Échéances et messages sortants : traitement en arrière-plan démarré.");
        await Task.WhenAll(echeances.RunAsync(stoppingToken), outbox.RunAsync(stoppingToken));
    }
}
