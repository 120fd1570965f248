using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Rafael.Engine.Catalogue;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Candidatures;

/// <summary>
/// Keeps <see cref="Candidature.CompteeAuTableauDeBord"/> exact (DASH-01: only candidatures on sessions not deleted,
/// under published or modified actions, are counted). When a unit of work moves an action or a session into or out of
/// what DASH-01 counts, its candidatures are updated by set-based UPDATEs in the same transaction as the change, under
/// the sessions' pre-registration locks; a new candidature is checked again once saved, under its session's lock. Either
/// a pre-registration commits before the catalogue's update sees it, or it reads the catalogue's committed change.
/// </summary>
public static class ComptageTableauDeBord
{
    /// <summary>The action states whose sessions' candidatures DASH-01 counts (a modified action stays published).</summary>
    public static readonly string[] StatutsActionComptes = [ActionFormation.Publiee, ActionFormation.Modifiee];

    /// <summary>Whether DASH-01 counts the candidatures of a session in this state under an action in this state.</summary>
    /// <param name="statutAction">The action's state.</param>
    /// <param name="statutSession">The session's state.</param>
    /// <returns>True when counted.</returns>
    public static bool Compte(string statutAction, string statutSession) =>
        statutSession != Session.Supprimee && StatutsActionComptes.Contains(statutAction);

    /// <summary>The actions and sessions of a unit of work whose state change moves them into or out of DASH-01, and its new candidatures.</summary>
    /// <param name="tracker">The unit of work's change tracker, changes detected.</param>
    /// <returns>Null when none, the usual case.</returns>
    internal static ChangementsComptage? Reperer(ChangeTracker tracker)
    {
        List<Guid>? actions = null;
        foreach (var entree in tracker.Entries<ActionFormation>())
        {
            if (entree.State == EntityState.Modified && ChangeDeCompte(entree.Property(a => a.Status), StatutsActionComptes.Contains))
            {
                (actions ??= []).Add(entree.Entity.Id);
            }
        }

        List<Guid>? sessions = null;
        foreach (var entree in tracker.Entries<Session>())
        {
            if (entree.State == EntityState.Modified && ChangeDeCompte(entree.Property(s => s.Status), s => s != Session.Supprimee))
            {
                (sessions ??= []).Add(entree.Entity.Id);
            }
        }

        // A new candidature copied the catalogue as read before its session's lock: checked again once saved.
        List<Guid>? nouvelles = null;
        foreach (var entree in tracker.Entries<Candidature>())
        {
            if (entree.State == EntityState.Added)
            {
                (nouvelles ??= []).Add(entree.Entity.Id);
            }
        }

        return actions is null && sessions is null && nouvelles is null
            ? null
            : new ChangementsComptage([.. actions ?? []], [.. sessions ?? []], [.. nouvelles ?? []]);
    }

    /// <summary>
    /// Saves the unit of work, then brings the flag of the candidatures of the moved actions and sessions in line with
    /// the catalogue as saved, all in one transaction (the caller's, or one opened here).
    /// </summary>
    /// <param name="db">The unit of work.</param>
    /// <param name="changements">What moved (<see cref="Reperer"/>).</param>
    /// <param name="enregistrer">The unit of work's own save.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>What <paramref name="enregistrer"/> returned.</returns>
    internal static async Task<int> EnregistrerAsync(RafaelDbContext db, ChangementsComptage changements, Func<Task<int>> enregistrer, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (transaction)
        {
            var lignes = await enregistrer();
            await ActualiserAsync(db, changements, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return lignes;
        }
    }

    private static async Task ActualiserAsync(RafaelDbContext db, ChangementsComptage changements, CancellationToken cancellationToken)
    {
        if (changements.Candidatures.Length > 0)
        {
            // Usually no row: only a candidature whose action or session moved between its read and its lock.
            var nouvelles = changements.Candidatures;
            await db.Candidatures
                .Where(c => nouvelles.Contains(c.Id) && c.CompteeAuTableauDeBord != db.Sessions.Any(s => s.Id == c.SessionId
                    && s.Status != Session.Supprimee && db.Actions.Any(a => a.Id == s.ActionId && StatutsActionComptes.Contains(a.Status))))
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.CompteeAuTableauDeBord, c => !c.CompteeAuTableauDeBord), cancellationToken);
        }

        if (changements.Actions.Length == 0 && changements.Sessions.Length == 0)
        {
            return;
        }

        var actions = changements.Actions;
        var sessions = changements.Sessions;
        var etats = await db.Sessions.AsNoTracking()
            .Where(s => sessions.Contains(s.Id) || actions.Contains(s.ActionId))
            .Select(s => new { s.Id, Compte = s.Status != Session.Supprimee && db.Actions.Any(a => a.Id == s.ActionId && StatutsActionComptes.Contains(a.Status)) })
            .ToListAsync(cancellationToken);
        await VerrousCandidatures.VerrouillerSessionsAsync(db, etats.Select(e => e.Id), cancellationToken);
        foreach (var compte in new[] { true, false })
        {
            var ids = etats.Where(e => e.Compte == compte).Select(e => e.Id).ToArray();
            if (ids.Length > 0)
            {
                // Only the rows that change: the others keep their row version and their locks.
                await db.Candidatures
                    .Where(c => ids.Contains(c.SessionId) && c.CompteeAuTableauDeBord != compte)
                    .ExecuteUpdateAsync(u => u.SetProperty(c => c.CompteeAuTableauDeBord, compte), cancellationToken);
            }
        }
    }

    private static bool ChangeDeCompte<T>(PropertyEntry<T, string> statut, Func<string, bool> compte)
        where T : class =>
        statut.IsModified && compte(statut.OriginalValue) != compte(statut.CurrentValue);
}
