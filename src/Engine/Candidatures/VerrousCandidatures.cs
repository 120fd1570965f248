using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Rafael.Engine.Habilitations;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;

namespace Rafael.Engine.Candidatures;

/// <summary>
/// Serialises the commands that count places (CAND-03) or a candidate's candidatures (CAND-02): a lock held until the
/// transaction ends, taken on the session then on the candidate (always in that order, so no deadlock). Counting after
/// the lock, in READ COMMITTED, sees what the previous holder committed, so fifty prescribers at once never exceed
/// the quota. SQLite serialises writers on its own; its dev use is single-user.
/// </summary>
internal static class VerrousCandidatures
{
    private static string? comptesPostgres;

    /// <summary>
    /// Takes the locks, then counts what the pre-registration rules need. On PostgreSQL in one round trip: the lock, the
    /// counts and the numbers of the published versions are three statements of one batch, run in that order, each
    /// with its own snapshot (READ COMMITTED), so the counts still see what the previous holder committed.
    /// </summary>
    public static async Task<ComptesPreinscription> VerrouillerEtCompterAsync(
        RafaelDbContext db, Guid sessionId, string cleCandidat, Guid structureId, CancellationToken cancellationToken)
    {
        if (db is PostgresRafaelDbContext
            && db.Database.GetDbConnection() is NpgsqlConnection connexion
            && db.Database.CurrentTransaction?.GetDbTransaction() is NpgsqlTransaction transaction)
        {
            return await VerrouillerEtCompterPostgresAsync(db, connexion, transaction, sessionId, cleCandidat, structureId, cancellationToken);
        }

        await VerrouillerAsync(db, sessionId, cleCandidat, cancellationToken);
        var placesPrises = await db.Candidatures.CountAsync(c => c.SessionId == sessionId && Candidature.StatutsOccupantUnePlace.Contains(c.Status), cancellationToken);
        var enCours = await db.Candidatures
            .Where(c => c.CleCandidat == cleCandidat && Candidature.StatutsEnAttente.Contains(c.Status))
            .GroupBy(c => c.Dispositif)
            .Select(g => new { Dispositif = g.Key, Nombre = g.Count() })
            .ToListAsync(cancellationToken);
        var mesures = await db.DroitsPreinscription
            .Where(d => d.StructureId == structureId)
            .Join(db.Mesures, d => d.MesureId, m => m.Id, (d, m) => m.Code)
            .ToArrayAsync(cancellationToken);
        return new ComptesPreinscription(
            placesPrises,
            enCours.Sum(e => e.Nombre),
            enCours.Where(e => string.Equals(e.Dispositif, "HSP", StringComparison.OrdinalIgnoreCase)).Sum(e => e.Nombre),
            mesures);
    }

    public static Task VerrouillerAsync(RafaelDbContext db, Guid sessionId, string cleCandidat, CancellationToken cancellationToken) =>
        PrendreAsync(db, [Session(sessionId), Candidat(cleCandidat)], cancellationToken);

    /// <summary>
    /// The session locks alone, in a stable order: taken by a catalogue change that moves sessions into or out of DASH-01,
    /// so that a pre-registration in flight on one of them commits before its candidatures are updated, or reads the
    /// catalogue's change once committed (<see cref="ComptageTableauDeBord"/>).
    /// </summary>
    public static Task VerrouillerSessionsAsync(RafaelDbContext db, IEnumerable<Guid> sessionIds, CancellationToken cancellationToken) =>
        PrendreAsync(db, [.. sessionIds.Distinct().Order().Select(Session)], cancellationToken);

    private static Verrou Session(Guid sessionId) => new(Cle(sessionId.ToString()), "candidature-session:" + sessionId);

    private static Verrou Candidat(string cleCandidat) => new(Cle(cleCandidat), "candidature-candidat:" + cleCandidat);

    /// <summary>
    /// Takes transaction-scoped locks in the given order, in one round trip: the one place that knows each provider's
    /// lock (an advisory lock on PostgreSQL, an application lock on SQL Server; SQLite serialises writers itself).
    /// </summary>
    private static async Task PrendreAsync(RafaelDbContext db, IReadOnlyList<Verrou> verrous, CancellationToken cancellationToken)
    {
        // Only placeholders are built; the keys travel as parameters (at most 1,000 a statement, below SQL
        // Server's 2,100). A select list is evaluated left to right, so the order holds within a statement too.
        foreach (var lot in verrous.Chunk(1000))
        {
            switch (db)
            {
                case PostgresRafaelDbContext:
                    await db.Database.ExecuteSqlAsync(
                        FormattableStringFactory.Create(
                            "SELECT " + string.Join(", ", lot.Select((_, i) => $"pg_advisory_xact_lock({{{i}}})")),
                            [.. lot.Select(v => (object)v.CleAvisory)]),
                        cancellationToken);
                    break;
                case SqlServerRafaelDbContext:
                    await db.Database.ExecuteSqlAsync(
                        FormattableStringFactory.Create(
                            string.Concat(lot.Select((_, i) => $"EXEC sp_getapplock @Resource = {{{i}}}, @LockMode = 'Exclusive', @LockOwner = 'Transaction'; ")),
                            [.. lot.Select(v => (object)v.Ressource)]),
                        cancellationToken);
                    break;
                default:
                    return;
            }
        }
    }

    private static async Task<ComptesPreinscription> VerrouillerEtCompterPostgresAsync(
        RafaelDbContext db, NpgsqlConnection connexion, NpgsqlTransaction transaction, Guid sessionId, string cleCandidat, Guid structureId, CancellationToken cancellationToken)
    {
        var numeros = DocumentsPublies.NumerosALire();
        await using var lot = new NpgsqlBatch(connexion, transaction);
        lot.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock($1), pg_advisory_xact_lock($2)")
        {
            Parameters = { new() { Value = Session(sessionId).CleAvisory }, new() { Value = Candidat(cleCandidat).CleAvisory } },
        });
        lot.BatchCommands.Add(new NpgsqlBatchCommand(comptesPostgres ??= SqlComptes(db.Model))
        {
            Parameters =
            {
                new() { Value = sessionId },
                new() { Value = Candidature.StatutsOccupantUnePlace },
                new() { Value = cleCandidat },
                new() { Value = Candidature.StatutsEnAttente },
                new() { Value = structureId },
            },
        });
        if (numeros is not null)
        {
            lot.BatchCommands.Add(new NpgsqlBatchCommand(DocumentsPublies.SqlNumerosPostgres(db.Model)));
        }

        await using var lecteur = await lot.ExecuteReaderAsync(cancellationToken);
        await lecteur.NextResultAsync(cancellationToken);
        await lecteur.ReadAsync(cancellationToken);
        var comptes = new ComptesPreinscription(lecteur.GetInt32(0), lecteur.GetInt32(1), lecteur.GetInt32(2), lecteur.GetFieldValue<string[]>(3));
        if (numeros is not null)
        {
            await lecteur.NextResultAsync(cancellationToken);
            var lus = new List<(string Type, string Nom, int Numero)>();
            while (await lecteur.ReadAsync(cancellationToken))
            {
                lus.Add((lecteur.GetString(0), lecteur.GetString(1), lecteur.GetInt32(2)));
            }

            numeros.Fixer(lus);
        }

        return comptes;
    }

    /// <summary>The counts' SQL, with the model's table and column names.</summary>
    private static string SqlComptes(IModel modele)
    {
        var (candidatures, c) = Noms(modele, typeof(Candidature));
        var (droits, d) = Noms(modele, typeof(DroitPreinscription));
        var (mesures, m) = Noms(modele, typeof(Mesure));
        return $"""
            SELECT
              (SELECT count(*)::int FROM {candidatures} WHERE {c("SessionId")} = $1 AND {c("Status")} = ANY($2)),
              (SELECT count(*)::int FROM {candidatures} WHERE {c("CleCandidat")} = $3 AND {c("Status")} = ANY($4)),
              (SELECT count(*)::int FROM {candidatures} WHERE {c("CleCandidat")} = $3 AND {c("Status")} = ANY($4) AND upper({c("Dispositif")}) = 'HSP'),
              ARRAY(SELECT me.{m("Code")} FROM {droits} dr JOIN {mesures} me ON me.{m("Id")} = dr.{d("MesureId")} WHERE dr.{d("StructureId")} = $5)
            """;
    }

    /// <summary>The quoted table name of an entity, and its columns' quoted names by property.</summary>
    internal static (string Table, Func<string, string> Colonne) Noms(IModel modele, Type type)
    {
        var entite = modele.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} n'est pas dans le modèle.");
        var table = StoreObjectIdentifier.Table(entite.GetTableName()!, entite.GetSchema());
        var nom = entite.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        return (nom, propriete => $"\"{entite.FindProperty(propriete)!.GetColumnName(table)}\"");
    }

    /// <summary>One lock: its PostgreSQL advisory key and its SQL Server resource.</summary>
    private readonly record struct Verrou(long CleAvisory, string Ressource);

    /// <summary>A stable 64-bit key (FNV-1a) for PostgreSQL's advisory locks.</summary>
    private static long Cle(string texte)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in texte)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
