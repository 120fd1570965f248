using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Rules;

namespace Rafael.Engine.Candidatures;

/// <summary>
/// The DASH-01 candidature dashboard: per role of the caller's structure, the counts per state, over the sessions of
/// published, non-archived actions (a modified action stays published; a deleted session no longer counts).
/// </summary>
public sealed class TableauDeBordLecture(RafaelDbContext db, IParametresProvider parametres, TimeProvider time)
{
    /// <summary>The DASH-01 dashboard of the caller's current structure.</summary>
    /// <param name="acteur">The caller, acting for an OF structure.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Three rows: Responsable, Positionneur, Formateur.</returns>
    /// <exception cref="InterditException">The caller has no current structure.</exception>
    public async Task<IReadOnlyList<LigneTableauDeBord>> CalculerAsync(Acteur acteur, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var structureId = acteur.StructureCouranteId
            ?? throw new InterditException("DASH-01", "Choisissez une structure courante pour voir son tableau de bord.");
        var defaut = await parametres.GetAsync(string.Empty, cancellationToken);

        // A candidature awaiting a verdict switches at session end + N days; it does so within the horizon when the
        // session ended on or before today + horizon - N.
        var limite = JoursParis.Date(time.GetUtcNow()).AddDays(defaut.HorizonTableauDeBordJours - defaut.JoursAvisNonTransmisApresFin);
        var lignes = new List<LigneTableauDeBord>(3);
        foreach (var role in new[] { RoleStructure.Responsable, RoleStructure.Positionneur, RoleStructure.Formateur })
        {
            var parStatut = await DuRole(role, structureId, limite).ToListAsync(cancellationToken);
            int N(params string[] statuts) => parStatut.Where(p => statuts.Contains(p.Statut)).Sum(p => p.Nombre);
            lignes.Add(new LigneTableauDeBord(
                role,
                N(Candidature.StatutsEnAttente),
                parStatut.Where(p => Candidature.StatutsEnAttente.Contains(p.Statut)).Sum(p => p.Bientot),
                N(Candidature.Retenue),
                N(Candidature.NonRetenue),
                N(Candidature.AvisNonTransmis),
                N(Candidature.RefusSessionComplete),
                N(Candidature.RefusSessionAnnulee)));
        }

        return lignes;
    }

    private IQueryable<Compte> DuRole(RoleStructure role, Guid structureId, DateOnly limite)
    {
        // The flag says the session is not deleted and its action published: one index per role answers alone
        // (structure, flag, state, end date), without reading the sessions or the actions.
        var candidatures = db.Candidatures.AsNoTracking();
        var duRole = role switch
        {
            RoleStructure.Responsable => candidatures.Where(c => c.ResponsableId == structureId && c.CompteeAuTableauDeBord),
            RoleStructure.Positionneur => candidatures.Where(c => c.PositionneurId == structureId && c.CompteeAuTableauDeBord),
            _ => candidatures.Where(c => c.FormateurId == structureId && c.CompteeAuTableauDeBord),
        };
        return duRole
            .Where(c => c.Status != Candidature.BrouillonPrescripteur && c.Status != Candidature.Supprimee)
            .GroupBy(c => c.Status)
            .Select(g => new Compte(g.Key, g.Count(), g.Count(c => c.SessionDateFin <= limite)));
    }

    private sealed record Compte(string Statut, int Nombre, int Bientot);
}
