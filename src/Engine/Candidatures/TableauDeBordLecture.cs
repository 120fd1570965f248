using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Catalogue;
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
    private static readonly string[] ActionsPubliees = [ActionFormation.Publiee, "modifiee"];

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
            var parStatut = await CompterAsync(role, structureId, limite, cancellationToken);
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

    private async Task<List<Compte>> CompterAsync(RoleStructure role, Guid structureId, DateOnly limite, CancellationToken cancellationToken)
    {
        // Counted per session first, from the role's index alone, then joined to the far fewer sessions and their
        // actions to keep the published ones: a big structure has 100,000 candidatures but a few thousand sessions.
        var parSession = DuRole(role, structureId)
            .GroupBy(c => new { c.SessionId, c.Status })
            .Select(g => new { g.Key.SessionId, g.Key.Status, Nombre = g.Count(), Bientot = g.Count(c => c.SessionDateFin <= limite) });
        var publiees =
            from x in parSession
            join s in db.Sessions on x.SessionId equals s.Id
            join a in db.Actions on s.ActionId equals a.Id
            where s.Status != Session.Supprimee && ActionsPubliees.Contains(a.Status)
            select x;
        return await publiees
            .GroupBy(x => x.Status)
            .Select(g => new Compte(g.Key, g.Sum(x => x.Nombre), g.Sum(x => x.Bientot)))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<Candidature> DuRole(RoleStructure role, Guid structureId)
    {
        var candidatures = db.Candidatures.AsNoTracking();
        var duRole = role switch
        {
            RoleStructure.Responsable => candidatures.Where(c => c.ResponsableId == structureId),
            RoleStructure.Positionneur => candidatures.Where(c => c.PositionneurId == structureId),
            _ => candidatures.Where(c => c.FormateurId == structureId),
        };
        return duRole.Where(c => c.Status != Candidature.BrouillonPrescripteur && c.Status != Candidature.Supprimee);
    }

    private sealed record Compte(string Statut, int Nombre, int Bientot);
}
