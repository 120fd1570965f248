using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Candidatures;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;
using Rafael.Rules;

namespace Rafael.Engine.Simulation;

/// <summary>
/// Rebuilds the decisions taken on real candidatures with their inputs as they were: the pre-registration
/// (<c>candidature.preinscription</c>, CAND-02/03/04, HAB-03) at its validation, and the OF's verdict
/// (<c>candidature.avis</c> or <c>candidature.avis-hsp</c>, AVIS-*) when one was given by a person.
/// </summary>
/// <remarks>
/// What the tables keep is used as history: a candidature was in progress from its validation until its verdict, so
/// the counts of CAND-02 and CAND-03 at a given instant are recomputed from those two dates. What is not kept is taken
/// as it is now (the session's dates and capacities, the structure's rights, the people's profiles); a candidature
/// that was pre-registered proves its session was open and not cancelled at the time.
/// </remarks>
internal sealed class DecisionsCandidatures(RafaelDbContext db, ISessionsCandidatables sessions)
{
    public async Task<IReadOnlyList<DecisionCandidature>> ReconstruireAsync(IReadOnlyList<Candidature> candidatures, CancellationToken cancellationToken)
    {
        var sessionIds = candidatures.Select(c => c.SessionId).Distinct().ToList();
        var cles = candidatures.Select(c => c.CleCandidat).Distinct().ToList();
        var parSession = (await sessions.TrouverAsync(sessionIds, cancellationToken)).ToDictionary(s => s.Id);
        var voisines = await db.Candidatures.AsNoTracking()
            .Where(c => c.ValideeLe != null && (sessionIds.Contains(c.SessionId) || cles.Contains(c.CleCandidat)))
            .Select(c => new Voisine(c.Id, c.SessionId, c.CleCandidat, c.Dispositif, c.Status, c.ValideeLe!.Value, c.AvisLe))
            .ToListAsync(cancellationToken);
        var structures = candidatures.SelectMany(c => new[] { c.PrescripteurStructureId, c.ResponsableId, c.PositionneurId ?? Guid.Empty }).Distinct().ToList();
        var profils = (await db.Rattachements.AsNoTracking().Where(r => structures.Contains(r.StructureId)).Select(r => new { r.CompteId, r.StructureId, r.Profil }).ToListAsync(cancellationToken))
            .GroupBy(r => (r.CompteId, r.StructureId))
            .ToDictionary(g => g.Key, g => g.First().Profil);
        var droits = (await db.DroitsPreinscription.AsNoTracking()
                .Where(d => structures.Contains(d.StructureId))
                .Join(db.Mesures, d => d.MesureId, m => m.Id, (d, m) => new { d.StructureId, m.Code })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.StructureId, d => d.Code);

        var decisions = new List<DecisionCandidature>();
        foreach (var c in candidatures)
        {
            if (!parSession.TryGetValue(c.SessionId, out var session))
            {
                continue;
            }

            var dates = CandidaturesService.DatesDe(session);
            var le = c.ValideeLe ?? c.CreeeLe;
            var auteur = c.ValideeParId ?? c.CreeeParId;
            var niveau = CandidaturesService.NiveauPrescripteur(profils.GetValueOrDefault((auteur, c.PrescripteurStructureId)));
            decisions.Add(new DecisionCandidature(
                c,
                "candidature.preinscription",
                "valider",
                Candidature.BrouillonPrescripteur,
                niveau is { } n ? $"prescripteur-niveau-{n}" : "aucun",
                session.Dispositif,
                Preinscription(c, session, le, niveau, voisines, [.. droits[c.PrescripteurStructureId]]),
                new Dictionary<string, object?>(),
                dates));

            if (AvisDonneParUnePersonne(c))
            {
                var profil = profils.GetValueOrDefault((c.AvisParId!.Value, c.ResponsableId)) ?? (c.PositionneurId is { } p ? profils.GetValueOrDefault((c.AvisParId.Value, p)) : null);
                var role = profil switch
                {
                    ProfilGestion.GestionnaireOfPreinscription => "of-preinscription",
                    ProfilGestion.GestionnaireOfGeneral => "of-general",
                    _ => "administrateur",
                };
                var (declencheur, arguments) = Verdict(c);
                decisions.Add(new DecisionCandidature(
                    c,
                    c.EstHsp ? "candidature.avis-hsp" : "candidature.avis",
                    declencheur,
                    c.EstHsp ? Candidature.EnAttente : Candidature.AvisADonner,
                    role,
                    session.Dispositif,
                    Avis(c, session),
                    arguments,
                    dates));
            }
        }

        return decisions;
    }

    // An unjustified absence makes the candidature Non retenue automatically: no verdict was given.
    private static bool AvisDonneParUnePersonne(Candidature c) =>
        c.AvisParId is not null && c.AvisLe is not null
        && (c.Status is Candidature.Retenue or Candidature.RefusSessionComplete
            || (c.Status == Candidature.NonRetenue && (c.EstHsp || c.ResultatDerniereConvocation == ResultatConvocation.Presence)));

    private static RuleInputs Preinscription(Candidature c, SessionCandidatable session, DateTimeOffset le, int? niveau, List<Voisine> voisines, string[] mesures)
    {
        // In progress at that instant: validated before it, and no verdict yet (or retained, for the places).
        var avant = voisines.Where(v => v.Id != c.Id && v.ValideeLe < le).ToList();
        var placesPrises = avant.Count(v => v.SessionId == c.SessionId && (v.AvisLe is null || v.AvisLe > le || v.Status == Candidature.Retenue));
        var enCours = avant.Where(v => v.CleCandidat == c.CleCandidat && (v.AvisLe is null || v.AvisLe > le)).ToList();
        return new RuleInputs
        {
            ["maintenant"] = JoursParis.Date(le),
            ["session"] = new Dictionary<string, object?>
            {
                ["dispositif"] = session.Dispositif,
                ["mesure"] = session.Mesure,
                ["annulee"] = false,
                ["ouverteAuxCandidatures"] = true,
                ["dateLimiteInscription"] = session.DateLimiteInscription,
                ["effectifVise"] = session.EffectifVise,
                ["capaciteAccueil"] = session.CapaciteAccueil,
                ["coefficient"] = session.Coefficient,
                ["candidaturesEnCours"] = placesPrises,
            },
            ["candidat"] = new Dictionary<string, object?>
            {
                ["candidaturesEnCours"] = enCours.Count,
                ["candidaturesEnCoursHsp"] = enCours.Count(v => string.Equals(v.Dispositif, "HSP", StringComparison.OrdinalIgnoreCase)),
            },
            ["structure"] = new Dictionary<string, object?> { ["mesuresHabilitees"] = mesures },
            ["utilisateur"] = new Dictionary<string, object?> { ["niveauPrescripteur"] = niveau },
        };
    }

    private static RuleInputs Avis(Candidature c, SessionCandidatable session) => new()
    {
        ["maintenant"] = JoursParis.Date(c.AvisLe!.Value),
        ["session"] = new Dictionary<string, object?>
        {
            ["dispositif"] = session.Dispositif,
            ["dateLimiteEntreeTardive"] = session.DateLimiteEntreeTardive,
        },
        ["candidature"] = new Dictionary<string, object?>
        {
            ["nombreConvocations"] = c.NombreConvocations,
            ["resultatDerniereConvocation"] = c.ResultatDerniereConvocation?.ToString(),
            ["etat"] = nameof(EtatCandidature.EnAttente),
        },
        ["avis"] = new Dictionary<string, object?>
        {
            ["recrutementAccepte"] = c.Status == Candidature.Retenue,
            ["conformiteAdministrative"] = c.Status == Candidature.Retenue,
            ["dateEntreePrevue"] = c.DateEntreePrevue,
            ["dateSortiePrevue"] = c.DateSortiePrevue,
            ["heuresHebdomadaires"] = c.HeuresHebdomadaires,
            ["motif"] = MotifsRefus.PourLesRegles(c.MotifRefus),
            ["raison"] = c.Raison,
            ["commentaire"] = c.Commentaire,
        },
    };

    private static (string Declencheur, Dictionary<string, object?> Arguments) Verdict(Candidature c)
    {
        if (c.Status == Candidature.Retenue)
        {
            return (c.EstHsp ? "declarerConforme" : "retenir", new Dictionary<string, object?>
            {
                ["dateEntree"] = c.DateEntreePrevue,
                ["dateSortie"] = c.DateSortiePrevue,
                ["intensiteHebdomadaire"] = c.HeuresHebdomadaires is { } h && h == decimal.Truncate(h) ? (object)(int)h : c.HeuresHebdomadaires,
                ["commentaire"] = c.Commentaire,
            });
        }

        return (c.EstHsp ? "declarerNonConforme" : "nePasRetenir", new Dictionary<string, object?>
        {
            ["motif"] = c.MotifRefus,
            ["raison"] = c.Raison,
            ["commentaire"] = c.Commentaire,
        });
    }

    private sealed record Voisine(Guid Id, Guid SessionId, string CleCandidat, string Dispositif, string Status, DateTimeOffset ValideeLe, DateTimeOffset? AvisLe);
}
