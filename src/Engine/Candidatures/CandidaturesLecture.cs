using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Rules;

namespace Rafael.Engine.Candidatures;

/// <summary>The reads of candidatures: lists (DASH-02), visible only as CAND-06 allows; the dashboard is <see cref="TableauDeBordLecture"/>.</summary>
public sealed class CandidaturesLecture(RafaelDbContext db, ISessionsCandidatables sessions, IParametresProvider parametres, TimeProvider time)
{
    /// <summary>
    /// The open sessions on which the caller's structure may pre-register (CAND-01, HAB-03): on the mesures it holds the
    /// right on, not past their date limite d'inscription, with their places left.
    /// </summary>
    /// <param name="acteur">A prescriber.</param>
    /// <param name="criteres">The filters.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The sessions.</returns>
    public async Task<IReadOnlyList<SessionOuverte>> SessionsOuvertesAsync(Acteur acteur, RechercheSessions criteres, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(criteres);
        if (CandidaturesService.NiveauPrescripteur(acteur.Profil) is null || acteur.StructureCouranteId is not { } structureId)
        {
            throw new InterditException("HAB-03", "Seul un prescripteur de votre structure courante cherche des sessions où préinscrire.");
        }

        var mesures = await db.DroitsPreinscription.AsNoTracking()
            .Where(d => d.StructureId == structureId)
            .Join(db.Mesures, d => d.MesureId, m => m.Id, (d, m) => m.Code)
            .ToArrayAsync(cancellationToken);
        var aujourdhui = JoursParis.Date(time.GetUtcNow());
        var trouvees = (await sessions.OuvertesAsync(mesures, criteres, cancellationToken))
            .Where(s => !s.Annulee && s.OuverteAuxCandidatures && s.DateLimiteInscription >= aujourdhui)
            .ToList();
        var ids = trouvees.Select(s => s.Id).ToArray();
        var prises = await db.Candidatures.AsNoTracking()
            .Where(c => ids.Contains(c.SessionId) && Candidature.StatutsOccupantUnePlace.Contains(c.Status))
            .GroupBy(c => c.SessionId)
            .Select(g => new { SessionId = g.Key, Nombre = g.Count() })
            .ToDictionaryAsync(g => g.SessionId, g => g.Nombre, cancellationToken);
        var resultat = new List<SessionOuverte>(trouvees.Count);
        foreach (var s in trouvees)
        {
            var p = await parametres.GetAsync(s.Dispositif, cancellationToken);
            var quota = (int)Math.Floor(s.Coefficient * (p.QuotaSurCapaciteAccueil ? s.CapaciteAccueil : s.EffectifVise));
            var ouverte = new SessionOuverte(s, quota, prises.GetValueOrDefault(s.Id));
            if (!criteres.AvecPlacesRestantes || ouverte.PlacesRestantes > 0)
            {
                resultat.Add(ouverte);
            }
        }

        return resultat;
    }

    /// <summary>The drafts awaiting validation the caller may act on (CAND-01): all those of the structure for a Niveau 3,
    /// their own for a Niveau 1 or 2.</summary>
    /// <param name="acteur">A prescriber.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The drafts, oldest first.</returns>
    public async Task<IReadOnlyList<Candidature>> BrouillonsAsync(Acteur acteur, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var niveau = CandidaturesService.NiveauPrescripteur(acteur.Profil);
        if (niveau is null || acteur.StructureCouranteId is not { } structureId)
        {
            throw new InterditException("CAND-01", "Seuls les prescripteurs voient les préinscriptions à valider de leur structure.");
        }

        var requete = db.Candidatures.AsNoTracking().Where(c => c.PrescripteurStructureId == structureId && c.Status == Candidature.BrouillonPrescripteur);
        if (niveau < 3)
        {
            requete = requete.Where(c => c.CreeeParId == acteur.CompteId);
        }

        return await requete.OrderBy(c => c.CreeeLe).ToListAsync(cancellationToken);
    }

    /// <summary>The candidate's other candidatures in progress (CAND-07), among those the caller may see.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="candidature">The candidature shown.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The others.</returns>
    public async Task<IReadOnlyList<Candidature>> AutresEnCoursAsync(Acteur acteur, Candidature candidature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidature);
        return await db.Candidatures.AsNoTracking()
            .Where(VisibiliteCandidatures.Filtre(acteur))
            .Where(c => c.CleCandidat == candidature.CleCandidat && c.Id != candidature.Id && Candidature.StatutsEnAttente.Contains(c.Status))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The candidatures the caller sees, filtered and paged (DASH-02).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="filtre">The filters.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page, soonest session first, then candidate name.</returns>
    public async Task<PageCandidatures<Candidature>> ListerAsync(Acteur acteur, FiltreCandidatures filtre, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(filtre);
        var requete = Filtrer(acteur, filtre);
        var total = await requete.CountAsync(cancellationToken);
        var taille = Math.Clamp(filtre.Taille, 1, 500);
        var page = Math.Max(1, filtre.Page);
        var lignes = await requete
            .OrderBy(c => c.SessionDateDebut).ThenBy(c => c.SessionReference).ThenBy(c => c.Candidat.Nom).ThenBy(c => c.Id)
            .Skip((page - 1) * taille).Take(taille)
            .ToListAsync(cancellationToken);
        return new PageCandidatures<Candidature>(lignes, total, page, taille);
    }

    /// <summary>Every candidature the caller sees with the filters, unpaged, for the CSV export (DASH-03).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="filtre">The filters (paging ignored).</param>
    /// <returns>The candidatures, streamed.</returns>
    public IAsyncEnumerable<Candidature> ExporterAsync(Acteur acteur, FiltreCandidatures filtre)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(filtre);
        return Filtrer(acteur, filtre)
            .OrderBy(c => c.SessionDateDebut).ThenBy(c => c.SessionReference).ThenBy(c => c.Candidat.Nom).ThenBy(c => c.Id)
            .AsAsyncEnumerable();
    }

    private IQueryable<Candidature> Filtrer(Acteur acteur, FiltreCandidatures filtre)
    {
        var requete = db.Candidatures.AsNoTracking().Where(VisibiliteCandidatures.Filtre(acteur));
        if (filtre.Role is { } role)
        {
            if (role == RoleStructure.Formateur && !acteur.EstAdministrateur)
            {
                throw new InterditException("CAND-06", "La structure formatrice ne voit que les effectifs de ses sessions, pas les candidatures.");
            }

            requete = ParRole(requete, role, acteur.StructureCouranteId ?? Guid.Empty);
        }

        var aujourdhui = JoursParis.Date(time.GetUtcNow());
        if (filtre.Terminees is { } terminees)
        {
            requete = terminees ? requete.Where(c => c.SessionDateFin < aujourdhui) : requete.Where(c => c.SessionDateFin >= aujourdhui);
        }

        if (filtre.Etat is { } etat)
        {
            var statuts = etat == EtatCandidature.EnAttente ? Candidature.StatutsEnAttente : [StatutDe(etat)];
            requete = requete.Where(c => statuts.Contains(c.Status));
        }

        if (!string.IsNullOrWhiteSpace(filtre.Dispositif))
        {
            requete = requete.Where(c => c.Dispositif == filtre.Dispositif);
        }

        if (filtre.DebutApres is { } debut)
        {
            requete = requete.Where(c => c.SessionDateDebut >= debut);
        }

        if (filtre.FinAvant is { } fin)
        {
            requete = requete.Where(c => c.SessionDateFin <= fin);
        }

        if (filtre.SessionId is { } sessionId)
        {
            requete = requete.Where(c => c.SessionId == sessionId);
        }

        if (!string.IsNullOrWhiteSpace(filtre.Texte))
        {
            var texte = filtre.Texte.Trim().ToUpperInvariant();
            requete = requete.Where(c => c.Candidat.Nom.ToUpper().Contains(texte)
                || c.Candidat.Prenom.ToUpper().Contains(texte)
                || c.SessionReference.Contains(texte)
                || c.SessionIntitule.ToUpper().Contains(texte));
        }

        return requete;
    }

    private static IQueryable<Candidature> ParRole(IQueryable<Candidature> requete, RoleStructure role, Guid structureId) => role switch
    {
        RoleStructure.Responsable => requete.Where(c => c.ResponsableId == structureId && c.Status != Candidature.BrouillonPrescripteur && c.Status != Candidature.Supprimee),
        RoleStructure.Positionneur => requete.Where(c => c.PositionneurId == structureId && c.Status != Candidature.BrouillonPrescripteur && c.Status != Candidature.Supprimee),
        _ => requete.Where(c => c.FormateurId == structureId && c.Status != Candidature.BrouillonPrescripteur && c.Status != Candidature.Supprimee),
    };

    private static string StatutDe(EtatCandidature etat) => etat switch
    {
        EtatCandidature.BrouillonPrescripteur => Candidature.BrouillonPrescripteur,
        EtatCandidature.Retenue => Candidature.Retenue,
        EtatCandidature.NonRetenue => Candidature.NonRetenue,
        EtatCandidature.AvisNonTransmis => Candidature.AvisNonTransmis,
        EtatCandidature.RefusSessionComplete => Candidature.RefusSessionComplete,
        EtatCandidature.RefusSessionAnnulee => Candidature.RefusSessionAnnulee,
        EtatCandidature.Supprimee => Candidature.Supprimee,
        _ => Candidature.EnAttente,
    };
}
