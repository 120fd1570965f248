using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Specs.Hosting;
using Rafael.Workflows.Outbox;

namespace Rafael.Specs.Steps;

/// <summary>Distributes the Api's outbox for the steps that look at what it delivered.</summary>
public sealed class BoiteEnvoi(RafaelApplication application, BaseDeDonnees bd)
{
    /// <summary>
    /// Runs the dispatcher until nothing is due. The host's background dispatcher runs too, woken by the same change of
    /// time: a message it claimed first is not claimable here, so this also waits until no claim is left.
    /// </summary>
    public async Task DistribuerAsync(CancellationToken cancellationToken)
    {
        var dispatcher = application.Services.GetRequiredService<OutboxDispatcher>();
        for (var i = 0; i < 10 && (await dispatcher.RunOnceAsync(cancellationToken)).Claimed > 0; i++)
        {
        }

        var limite = DateTime.UtcNow.AddSeconds(30);
        while (await bd.LireAsync(db => db.Outbox.AnyAsync(m => m.ClaimedBy != null && m.ProcessedAt == null, cancellationToken)) && DateTime.UtcNow < limite)
        {
            await Task.Delay(50, cancellationToken);
        }
    }
}
