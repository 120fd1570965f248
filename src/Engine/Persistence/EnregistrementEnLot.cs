using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Rafael.Engine.Candidatures;
using Rafael.Engine.Common;
using Rafael.Engine.Journal;
using Rafael.Workflows.Outbox;

namespace Rafael.Engine.Persistence;

/// <summary>
/// Saves a unit of work holding many similar changes (a sweep of hundreds of deadlines) in a few set-based
/// statements instead of one statement per row: one <c>UPDATE … FROM (VALUES …)</c> per table and set of changed
/// columns, with the optimistic-concurrency check of every row, and multi-row <c>INSERT</c>s. Same outcome as
/// <see cref="RafaelDbContext.SaveChangesAsync(bool, CancellationToken)"/>: versions bumped, journal entries
/// written, everything in the caller's transaction.
/// </summary>
/// <remarks>
/// A row whose concurrency token changed since it was read makes the whole save throw
/// <see cref="DbUpdateConcurrencyException"/> (the caller rolls back and retries the rows one by one). What the
/// set-based path does not cover (deletions, store-generated values, foreign keys of new rows, SQL Server) is
/// saved the ordinary way.
/// </remarks>
public static class EnregistrementEnLot
{
    /// <summary>Saves the pending changes of <paramref name="db"/> set-based, in its current transaction.</summary>
    /// <param name="db">The unit of work; its current transaction (if any) is used.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>How many rows were written, journal included.</returns>
    /// <exception cref="DbUpdateConcurrencyException">A row changed since it was read.</exception>
    public static Task<int> EnregistrerAsync(RafaelDbContext db, CancellationToken cancellationToken) =>
        EnregistrerAsync(db, false, cancellationToken);

    /// <summary>Saves the pending changes of <paramref name="db"/> set-based, in its current transaction.</summary>
    /// <param name="db">The unit of work; its current transaction (if any) is used.</param>
    /// <param name="viderEnsuite">
    /// Whether the unit of work is emptied once written (its entities detached) instead of having its changes accepted,
    /// for a caller that does not use them again: cheaper for a batch.
    /// </param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>How many rows were written, journal included.</returns>
    /// <exception cref="DbUpdateConcurrencyException">A row changed since it was read.</exception>
    public static async Task<int> EnregistrerAsync(RafaelDbContext db, bool viderEnsuite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        // The same first half as RafaelDbContext.SaveChangesAsync (versions, journal, DASH-01), then either half.
        var preparation = db.PreparerEnregistrement(ajoutsSansNavigationDetectes: true);
        var entrees = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        // A change that moves candidatures into or out of DASH-01 needs SaveChangesAsync's own bookkeeping.
        if (!(postgres || sqlite) || !entrees.All(PrisEnCharge) || preparation.Comptage is not null)
        {
            if (OutboxWriter.KeyChecksDeferred(db))
            {
                await OutboxWriter.CheckDeferredAsync(db, cancellationToken);
            }

            db.Journal.AddRange(preparation.Journal);
            return await db.EnregistrerPrepareAsync(preparation, true, cancellationToken);
        }

        // Messages added under deferred key checks: those whose key is already written are dropped by the INSERT itself.
        var doublonsIgnores = OutboxWriter.EndDeferredKeyChecks(db);
        var journal = preparation.Journal;
        var ecriture = new EcritureEnsembliste(
            db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), db.GetService<ISqlGenerationHelper>(), postgres);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var ecrites = 0;
            foreach (var groupe in entrees.Where(e => e.State == EntityState.Modified)
                .GroupBy(e => (e.Metadata, Colonnes: string.Join("|", ProprietesModifiees(e).Select(p => p.Name)))))
            {
                ecrites += await MettreAJourAsync(ecriture, groupe.ToList(), cancellationToken);
            }

            foreach (var groupe in entrees.Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata))
            {
                var sansDoublon = doublonsIgnores && groupe.Key.ClrType == typeof(OutboxMessage)
                    ? groupe.Key.FindProperty(nameof(OutboxMessage.IdempotencyKey))
                    : null;
                ecrites += await InsererAsync(ecriture, groupe.Key, groupe.ToList(), (e, p) => Valeur(e, p, false), cancellationToken, sansDoublon);
            }

            // The journal rows are written without being tracked: nothing reads them back in this unit of work.
            if (journal.Count > 0)
            {
                ecrites += await InsererAsync(
                    ecriture, db.Model.FindEntityType(typeof(JournalEntry))!, journal, (j, p) => p.GetGetter().GetClrValueUsingContainingEntity(j), cancellationToken);
            }

            if (viderEnsuite)
            {
                db.ChangeTracker.Clear();
            }
            else
            {
                db.ChangeTracker.AcceptAllChanges();
            }

            return ecrites;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static bool PrisEnCharge(EntityEntry entree)
    {
        var type = entree.Metadata;
        if (entree.State == EntityState.Deleted || type.IsOwned() || type.BaseType is not null
            || type.GetDerivedTypes().Any() || type.GetTableName() is null || type.FindPrimaryKey() is not { } cle)
        {
            return false;
        }

        if (type.GetComplexProperties().Any(c => c.IsCollection || c.ComplexType.GetComplexProperties().Any())
            || Colonnes(type).Any(p => p.IsPrimitiveCollection))
        {
            return false;
        }

        return entree.State != EntityState.Added
            || (!type.GetForeignKeys().Any() && !type.GetProperties().Any(p => p.ValueGenerated != ValueGenerated.Never && !(cle.Properties.Contains(p) && p.ClrType == typeof(Guid))));
    }

    private static List<IProperty> Colonnes(IEntityType type) =>
        [.. type.GetProperties(), .. type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())];

    private static List<IProperty> ProprietesModifiees(EntityEntry entree)
    {
        var modifiees = entree.Properties.Where(p => p.IsModified).Select(p => (IProperty)p.Metadata).ToList();
        foreach (var complexe in entree.ComplexProperties)
        {
            modifiees.AddRange(complexe.Properties.Where(p => p.IsModified).Select(p => (IProperty)p.Metadata));
        }

        return modifiees;
    }

    // By metadata rather than by name (thousands of values per write); a complex type's value through its entry.
    private static object? Valeur(EntityEntry entree, IProperty propriete, bool originale)
    {
        if (propriete.DeclaringType is IComplexType complexe)
        {
            var p = entree.ComplexProperty(complexe.ComplexProperty.Name).Property(propriete.Name);
            return originale ? p.OriginalValue : p.CurrentValue;
        }

        return originale ? entree.OriginalValues[propriete] : entree.CurrentValues[propriete];
    }

    private static async Task<int> MettreAJourAsync(EcritureEnsembliste ecriture, List<EntityEntry> lignes, CancellationToken cancellationToken)
    {
        var type = lignes[0].Metadata;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var cles = type.FindPrimaryKey()!.Properties;
        var jetons = type.GetProperties().Where(p => p.IsConcurrencyToken).ToList();
        var modifiees = ProprietesModifiees(lignes[0]);
        if (modifiees.Count == 0)
        {
            return 0;
        }

        // The rows' columns: the key, the tokens as read (o0…), then the new values (n0…).
        var colonnes = cles.Select((p, i) => new ColonneEnsembliste<EntityEntry>(p, "k" + i, e => Valeur(e, p, false)))
            .Concat(jetons.Select((p, i) => new ColonneEnsembliste<EntityEntry>(p, "o" + i, e => Valeur(e, p, true))))
            .Concat(modifiees.Select((p, i) => new ColonneEnsembliste<EntityEntry>(p, "n" + i, e => Valeur(e, p, false))))
            .ToList();
        var sql = ecriture.Sql;
        var nomTable = sql.DelimitIdentifier(table.Name, table.Schema);
        var miseAJour = new StringBuilder(" UPDATE ").Append(nomTable).Append(" SET ")
            .AppendJoin(", ", modifiees.Select((p, i) => $"{sql.DelimitIdentifier(p.GetColumnName(table)!)} = v.n{i}"))
            .Append(" FROM v WHERE ")
            .AppendJoin(" AND ", cles.Select((p, i) => $"{nomTable}.{sql.DelimitIdentifier(p.GetColumnName(table)!)} = v.k{i}")
                .Concat(jetons.Select((p, i) => $"{nomTable}.{sql.DelimitIdentifier(p.GetColumnName(table)!)} = v.o{i}")))
            .ToString();
        var ecrites = 0;
        foreach (var tranche in ecriture.Tranches(lignes, colonnes.Count))
        {
            await using var commande = ecriture.Commande();
            var texte = new StringBuilder("WITH v(").AppendJoin(", ", colonnes.Select(c => c.Alias)).Append(") AS (");
            ecriture.AjouterLignes(texte, commande, tranche, colonnes);
            commande.CommandText = texte.Append(')').Append(miseAJour).ToString();
            var n = await commande.ExecuteNonQueryAsync(cancellationToken);
            if (n != tranche.Count)
            {
                throw new DbUpdateConcurrencyException($"{tranche.Count - n} ligne(s) de {table.Name} ont changé depuis leur lecture.");
            }

            ecrites += n;
        }

        return ecrites;
    }

    // With a unique column to keep (sansDoublon): a row whose value is already written is skipped, not an error.
    private static async Task<int> InsererAsync<T>(
        EcritureEnsembliste ecriture, IEntityType type, List<T> lignes, Func<T, IProperty, object?> valeur, CancellationToken cancellationToken,
        IProperty? sansDoublon = null)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var colonnes = Colonnes(type).Select((p, i) => new ColonneEnsembliste<T>(p, "c" + i, l => valeur(l, p))).ToList();
        var sql = ecriture.Sql;
        var insertion = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", colonnes.Select(c => sql.DelimitIdentifier(c.Propriete.GetColumnName(table)!)))
            .Append(") ")
            .ToString();
        var ecrites = 0;
        foreach (var tranche in ecriture.Tranches(lignes, colonnes.Count))
        {
            await using var commande = ecriture.Commande();
            var texte = new StringBuilder(insertion);
            ecriture.AjouterLignes(texte, commande, tranche, colonnes);
            if (sansDoublon is not null)
            {
                texte.Append(" ON CONFLICT (").Append(sql.DelimitIdentifier(sansDoublon.GetColumnName(table)!)).Append(") DO NOTHING");
            }

            commande.CommandText = texte.ToString();
            ecrites += await commande.ExecuteNonQueryAsync(cancellationToken);
        }

        return ecrites;
    }
}
