using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Common;
using Rafael.Engine.Journal;
using Rafael.Engine.Persistence;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Processus;

/// <summary>
/// Fires a due deadline in a transaction of its own: marking it fired, the trigger's state change, its journal entry
/// and its messages commit together, so a deadline taken over by another node or rescheduled meanwhile rolls back
/// whole. A trigger the rules refuse now (the aggregate moved on) is not an error: the deadline is simply spent.
/// </summary>
public sealed class EcheancesHandler(
    RafaelDbContextFactory contextes,
    IEnumerable<ICibleEcheance> cibles,
    IProcessRuntime runtime,
    DeadlineScheduler echeances,
    OutboxWriter outbox) : IDeadlineHandler
{
    /// <inheritdoc />
    public async Task HandleAsync(DueDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var cible = cibles.SingleOrDefault(c => c.TypeSujet == deadline.SubjectType)
            ?? throw new InvalidOperationException($"Aucune cible d'échéance pour « {deadline.SubjectType} ».");
        await using var db = contextes.Create(new SystemJournalContext($"echeance.{deadline.Name}"));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await echeances.TryMarkFiredAsync(db, deadline, cancellationToken))
        {
            return;
        }

        try
        {
            await cible.DeclencherAsync(db, new ProcessusService(runtime, echeances, outbox, db), deadline.SubjectId, deadline.Trigger, cancellationToken);
        }
        catch (RegleRefuseeException)
        {
            // The aggregate is no longer where the deadline expected it (a verdict was given in time): nothing to do.
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
