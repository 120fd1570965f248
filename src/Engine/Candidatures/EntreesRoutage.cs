using Microsoft.EntityFrameworkCore;
using Rafael.Engine.OffreInfo;
using Rafael.Engine.Persistence;
using Rafael.Engine.Structures;
using Rafael.Rules;

namespace Rafael.Engine.Candidatures;

/// <summary>
/// The inputs of the definitions' emit conditions (AVIS-09): the kind of the session's funder (<c>session.typeFinanceur</c>,
/// from the dispositif as in the LHEO feed) and the prescriber structure (<c>prescripteur</c>). Every command that may
/// give a verdict adds them, the system's ones included (Avis non transmis, session annulée).
/// </summary>
internal static class EntreesRoutage
{
    /// <summary>Adds the routing inputs of one candidature (one query for its prescriber structure).</summary>
    public static async Task AjouterAsync(RafaelDbContext db, Candidature candidature, RuleInputs entrees, CancellationToken cancellationToken) =>
        Ajouter(entrees, candidature, await PrescripteursAsync(db, [candidature.PrescripteurStructureId], cancellationToken));

    /// <summary>The routing inputs of a candidature of a batch, whose prescribers were read by <see cref="PrescripteursAsync"/>.</summary>
    public static RuleInputs Pour(Candidature candidature, IReadOnlyDictionary<Guid, Dictionary<string, object?>> prescripteurs) =>
        Ajouter(new RuleInputs(), candidature, prescripteurs);

    /// <summary>The prescriber structures of a batch, in one query.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Dictionary<string, object?>>> PrescripteursAsync(RafaelDbContext db, IEnumerable<Guid> structures, CancellationToken cancellationToken)
    {
        var ids = structures.Distinct().ToList();
        var lues = await db.Structures.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.RaisonSociale, s.Siret })
            .ToListAsync(cancellationToken);
        return lues.ToDictionary(
            s => s.Id,
            s => new Dictionary<string, object?>
            {
                ["raisonSociale"] = s.RaisonSociale,
                ["siren"] = s.Siret == Siret.SansSiret || s.Siret.Length < 9 ? null : s.Siret[..9],
            });
    }

    private static RuleInputs Ajouter(RuleInputs entrees, Candidature candidature, IReadOnlyDictionary<Guid, Dictionary<string, object?>> prescripteurs)
    {
        // The guards' own "session" input is extended rather than replaced: the same inputs serve guards and conditions.
        if (entrees.GetValueOrDefault("session") is not Dictionary<string, object?> session)
        {
            session = [];
            entrees["session"] = session;
        }

        session.TryAdd("dispositif", candidature.Dispositif);
        session["typeFinanceur"] = SourceCatalogue.TypeFinanceurDe(candidature.Dispositif).ToString();
        entrees["prescripteur"] = prescripteurs.GetValueOrDefault(candidature.PrescripteurStructureId)
            ?? new Dictionary<string, object?> { ["raisonSociale"] = string.Empty, ["siren"] = null };
        return entrees;
    }
}
