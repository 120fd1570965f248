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
/// A claimed batch fires in one transaction per deadline name (a sweep: one commit for hundreds of deadlines).
/// </summary>
public sealed class EcheancesHandler(
    RafaelDbContextFactory contextes,
    IEnumerable<ICibleEcheance> cibles,
    IProcessRuntime runtime,
    DeadlineScheduler echeances,
    OutboxWriter outbox) : IDeadlineBatchHandler
{
    // Deadlines fired between two writes of a batch (see HandleBatchAsync): a whole claimed batch, normally.
    private const int TailleTranche = 1_000;

    /// <inheritdoc />
    public async Task HandleAsync(DueDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var cible = cibles.SingleOrDefault(c => c.TypeSujet == deadline.SubjectType)
            ?? throw new InvalidOperationException($"Aucune cible d'échéance pour « {deadline.SubjectType} ».");
        // One set of published versions for the unit of work, read once (not once per rule set a condition names).
        using var instantane = DocumentsPublies.Instantane();
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

    /// <inheritdoc />
    public async Task HandleBatchAsync(IReadOnlyList<DueDeadline> deadlines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        // The journal names one action per unit of work: one transaction per kind and name (a sweep has one).
        foreach (var groupe in deadlines.GroupBy(d => (d.SubjectType, d.Name)))
        {
            var cible = cibles.SingleOrDefault(c => c.TypeSujet == groupe.Key.SubjectType)
                ?? throw new InvalidOperationException($"Aucune cible d'échéance pour « {groupe.Key.SubjectType} ».");

            // One set of published versions per transaction, read once: the effects' conditions and the definitions of
            // hundreds of candidatures would otherwise each read the numbers in force.
            using var instantane = DocumentsPublies.Instantane();
            await using var db = contextes.Create(new SystemJournalContext($"echeance.{groupe.Key.Name}"));
            // Changes are detected once, when the slice is written, not at each look-up of the effects; the effects find
            // the batch's deadlines and messages without scanning the change tracker (DeadlineScheduler's index of the
            // batch, OutboxWriter's deferred keys). It is emptied after each slice is written, in the same transaction.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var processus = new ProcessusService(runtime, echeances, outbox, db);
            foreach (var tranche in groupe.Chunk(TailleTranche))
            {
                OutboxWriter.DeferKeyChecks(db);
                var aDeclencher = await echeances.TryMarkBatchFiredAsync(db, tranche, cancellationToken);
                foreach (var parDeclencheur in aDeclencher.GroupBy(d => d.Trigger))
                {
                    await cible.DeclencherLotAsync(db, processus, parDeclencheur.Select(d => d.SubjectId).ToList(), parDeclencheur.Key, cancellationToken);
                }

                // Set-based: a few statements for the whole slice rather than several per deadline; the messages whose
                // key is already written are dropped there (deferred key checks).
                await EnregistrementEnLot.EnregistrerAsync(db, viderEnsuite: true, cancellationToken);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }
}
