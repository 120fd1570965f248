using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Candidatures;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Indicateurs;

/// <summary>DASH-04: indicators on candidatures per dispositif, mesure, structure and period, for administrators and
/// for a funder on its own sessions. Counted by the database (one GROUP BY), never in memory.</summary>
public sealed class IndicateursService(RafaelDbContext db, TimeProvider time)
{
    /// <summary>The indicators the caller may see.</summary>
    /// <param name="acteur">An administrator, or a funder's manager acting for that funder.</param>
    /// <param name="filtre">Period, dispositif, mesure, structure.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The lines and their total.</returns>
    /// <exception cref="InterditException">DASH-04: neither an administrator nor a funder.</exception>
    /// <exception cref="ChampsInvalidesException">The period given ends before it starts.</exception>
    public async Task<IndicateursCandidatures> CandidaturesAsync(Acteur acteur, FiltreIndicateurs filtre, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(filtre);
        var candidatures = db.Candidatures.AsNoTracking().Where(c => c.Status != Candidature.BrouillonPrescripteur);
        if (!acteur.EstAdministrateur)
        {
            if (acteur.Profil != ProfilGestion.GestionnaireFinanceur || acteur.StructureCouranteId is not { } financeur)
            {
                throw new InterditException("DASH-04", "Les indicateurs sur les candidatures sont réservés aux financeurs et aux administrateurs.");
            }

            // A funder sees the candidatures on the sessions it funds, and only those.
            candidatures = candidatures.Where(c => db.Sessions.Any(s => s.Id == c.SessionId && s.FinanceurId == financeur));
        }

        if (filtre.Du is { } du && filtre.Au is { } fin && du > fin)
        {
            throw new ChampsInvalidesException("du", "La période commence après sa fin : la date « du » doit précéder la date « au ».");
        }

        var au = filtre.Au ?? JoursParis.Date(time.GetUtcNow());
        var applique = filtre with { Au = au, Dispositif = Texte(filtre.Dispositif), Mesure = Texte(filtre.Mesure) };
        if (applique.Du is { } debut)
        {
            var depuis = JoursParis.Debut(debut);
            candidatures = candidatures.Where(c => c.CreeeLe >= depuis);
        }

        var jusqua = JoursParis.Debut(au.AddDays(1));
        candidatures = candidatures.Where(c => c.CreeeLe < jusqua);
        if (applique.Dispositif is { } dispositif)
        {
            candidatures = candidatures.Where(c => c.Dispositif == dispositif);
        }

        if (applique.Mesure is { } mesure)
        {
            candidatures = candidatures.Where(c => c.Mesure == mesure);
        }

        if (applique.StructureId is { } structure)
        {
            candidatures = candidatures.Where(c => c.ResponsableId == structure || c.PrescripteurStructureId == structure);
        }

        // The waiting steps are spelled out as constants so that every provider counts them inside the aggregate.
        var groupes = await candidatures
            .GroupBy(c => new { c.Dispositif, c.Mesure, c.ResponsableId })
            .Select(g => new
            {
                g.Key.Dispositif,
                g.Key.Mesure,
                g.Key.ResponsableId,
                EnAttente = g.Count(c => c.Status == Candidature.EnAttente || c.Status == Candidature.AConvoquer || c.Status == Candidature.Convoquee || c.Status == Candidature.AvisADonner),
                Retenues = g.Count(c => c.Status == Candidature.Retenue),
                NonRetenues = g.Count(c => c.Status == Candidature.NonRetenue),
                AvisNonTransmis = g.Count(c => c.Status == Candidature.AvisNonTransmis),
                RefusSessionComplete = g.Count(c => c.Status == Candidature.RefusSessionComplete),
                RefusSessionAnnulee = g.Count(c => c.Status == Candidature.RefusSessionAnnulee),
                Supprimees = g.Count(c => c.Status == Candidature.Supprimee),
            })
            .ToListAsync(cancellationToken);

        var ids = groupes.Select(g => g.ResponsableId).Distinct().ToList();
        var noms = await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Nom, cancellationToken);
        var lignes = groupes
            .Select(g => new LigneIndicateurs(
                g.Dispositif, g.Mesure, g.ResponsableId, noms.GetValueOrDefault(g.ResponsableId, string.Empty),
                g.EnAttente, g.Retenues, g.NonRetenues, g.AvisNonTransmis, g.RefusSessionComplete, g.RefusSessionAnnulee, g.Supprimees))
            .OrderBy(l => l.Dispositif, StringComparer.Ordinal)
            .ThenBy(l => l.Mesure, StringComparer.Ordinal)
            .ThenBy(l => l.Structure, StringComparer.CurrentCulture)
            .ToList();
        var total = new LigneIndicateurs(
            string.Empty, string.Empty, Guid.Empty, "Total",
            lignes.Sum(l => l.EnAttente), lignes.Sum(l => l.Retenues), lignes.Sum(l => l.NonRetenues), lignes.Sum(l => l.AvisNonTransmis),
            lignes.Sum(l => l.RefusSessionComplete), lignes.Sum(l => l.RefusSessionAnnulee), lignes.Sum(l => l.Supprimees));
        return new IndicateursCandidatures(applique, lignes, total);
    }

    private static string? Texte(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();
}
