using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Persistence;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;

namespace Rafael.Tests.Shared;

/// <summary>
/// Waits until a freshly started host has handled the demo's backlog. Its notifications are rendered when delivered,
/// so a test that adds an account before then receives them, and a test that fingerprints the database sees them land.
/// Also waits after a test's own commands, before it fingerprints. Linked into each test project whose host seeds the demo.
/// </summary>
internal static class DemoAuRepos
{
    public static async Task AttendreAsync(IServiceProvider services, TimeProvider time)
    {
        var echeances = services.GetRequiredService<DeadlineProcessor>();
        var outbox = services.GetRequiredService<OutboxDispatcher>();
        var limite = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < limite)
        {
            await echeances.RunOnceAsync(CancellationToken.None);
            await outbox.RunOnceAsync(CancellationToken.None);
            var maintenant = time.GetUtcNow();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
            // Claimed messages count too: the background dispatcher may be delivering a batch right now.
            if (!await db.Outbox.AnyAsync(m => m.ProcessedAt == null && m.ParkedAt == null && m.NextAttemptAt <= maintenant))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("Les messages sortants des données de démonstration ne sont pas tous traités après deux minutes.");
    }
}
