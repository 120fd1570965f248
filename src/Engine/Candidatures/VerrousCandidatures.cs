using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Candidatures;

/// <summary>
/// Serialises the commands that count places (CAND-03) or a candidate's candidatures (CAND-02): a lock held until the
/// transaction ends, taken on the session then on the candidate (always in that order, so no deadlock). Counting after
/// the lock, in READ COMMITTED, sees what the previous holder committed, so fifty prescribers at once never exceed
/// the quota. SQLite serialises writers on its own; its dev use is single-user.
/// </summary>
internal static class VerrousCandidatures
{
    public static async Task VerrouillerAsync(RafaelDbContext db, Guid sessionId, string cleCandidat, CancellationToken cancellationToken)
    {
        switch (db)
        {
            case PostgresRafaelDbContext:
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Cle(sessionId.ToString())}), pg_advisory_xact_lock({Cle(cleCandidat)})", cancellationToken);
                break;
            case SqlServerRafaelDbContext:
                var session = "candidature-session:" + sessionId;
                var candidat = "candidature-candidat:" + cleCandidat;
                await db.Database.ExecuteSqlAsync($"EXEC sp_getapplock @Resource = {session}, @LockMode = 'Exclusive', @LockOwner = 'Transaction'; EXEC sp_getapplock @Resource = {candidat}, @LockMode = 'Exclusive', @LockOwner = 'Transaction';", cancellationToken);
                break;
        }
    }

    /// <summary>
    /// The session locks alone, in a stable order: taken by a catalogue change that moves sessions into or out of DASH-01,
    /// so that a pre-registration in flight on one of them commits before its candidatures are updated, or reads the
    /// catalogue's change once committed (<see cref="ComptageTableauDeBord"/>).
    /// </summary>
    public static async Task VerrouillerSessionsAsync(RafaelDbContext db, IEnumerable<Guid> sessionIds, CancellationToken cancellationToken)
    {
        foreach (var sessionId in sessionIds.Order())
        {
            switch (db)
            {
                case PostgresRafaelDbContext:
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Cle(sessionId.ToString())})", cancellationToken);
                    break;
                case SqlServerRafaelDbContext:
                    var session = "candidature-session:" + sessionId;
                    await db.Database.ExecuteSqlAsync($"EXEC sp_getapplock @Resource = {session}, @LockMode = 'Exclusive', @LockOwner = 'Transaction';", cancellationToken);
                    break;
                default:
                    return;
            }
        }
    }

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
