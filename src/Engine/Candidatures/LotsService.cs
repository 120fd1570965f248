using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Rules;

namespace Rafael.Engine.Candidatures;

/// <summary>
/// Batch processing per session (LOT-01 to LOT-04): the steps and their candidatures, and moving many candidatures of
/// one step at once, all or nothing. Not for HSP, which has no selection.
/// </summary>
public sealed class LotsService(RafaelDbContext db, CandidaturesService candidatures, ISessionsCandidatables sessions, IParametresProvider parametres, TimeProvider time)
{
    /// <summary>The weekly hours retained candidates get by default on a fixed-date session without its own (LOT-02).</summary>
    public const decimal HeuresParDefaut = 35;

    /// <summary>The batch screen of a session (LOT-01, LOT-03).</summary>
    /// <param name="acteur">An OF user of the Responsable or Positionneur.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The header figures and the candidatures per step.</returns>
    public async Task<EtatLot> EtatAsync(Acteur acteur, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var session = await SessionAsync(acteur, sessionId, cancellationToken);
        var p = await parametres.GetAsync(session.Dispositif, cancellationToken);
        var limite = session.DateFin.AddDays(p.JoursAvisNonTransmisApresFin);
        var restants = Math.Max(0, limite.DayNumber - JoursParis.Date(time.GetUtcNow()).DayNumber);
        var liste = await db.Candidatures.AsNoTracking()
            .Where(c => c.SessionId == sessionId && (Candidature.StatutsEnAttente.Contains(c.Status) || c.Status == Candidature.RefusSessionComplete))
            .OrderBy(c => c.Candidat.Nom).ThenBy(c => c.Candidat.Prenom)
            .ToListAsync(cancellationToken);
        var etapes = Enum.GetValues<EtapeLot>().ToDictionary(e => e, e => (IReadOnlyList<Candidature>)[.. liste.Where(c => EtapeDe(c.Status) == e)]);
        return new EtatLot(session, restants, limite, etapes);
    }

    /// <summary>Convokes every selected candidature of step 1 on the same date (LOT-01).</summary>
    /// <param name="acteur">The OF user.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="candidatureIds">The selection.</param>
    /// <param name="date">The convocation's date.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The candidatures, moved.</returns>
    public Task<IReadOnlyList<Candidature>> ConvoquerAsync(Acteur acteur, Guid sessionId, IReadOnlyCollection<Guid> candidatureIds, DateTimeOffset date, CancellationToken cancellationToken = default) =>
        TraiterAsync(acteur, sessionId, candidatureIds.Select(id => new DecisionLot(id)).ToList(), EtapeLot.AConvoquer, (c, s, d) => candidatures.ConvoquerAsync(acteur, c, s, date, cancellationToken), cancellationToken);

    /// <summary>Records the attendance of every selected candidature of step 2 (LOT-01).</summary>
    /// <param name="acteur">The OF user.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="decisions">Per candidature, its attendance.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The candidatures, moved.</returns>
    public Task<IReadOnlyList<Candidature>> EnregistrerResultatsAsync(Acteur acteur, Guid sessionId, IReadOnlyList<DecisionLot> decisions, CancellationToken cancellationToken = default) =>
        TraiterAsync(acteur, sessionId, decisions, EtapeLot.PresenceARenseigner, (c, s, d) => d.Resultat is { } r
            ? candidatures.EnregistrerResultatAsync(acteur, c, s, r, cancellationToken)
            : throw new RegleRefuseeException("LOT-01", "Indiquez la présence ou l'absence du candidat."), cancellationToken);

    /// <summary>Gives the verdict of every selected candidature of step 3, or retains from the waiting list (step 4),
    /// with the LOT-02 defaults on fixed-date sessions.</summary>
    /// <param name="acteur">The OF user.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="etape">Step 3 or 4.</param>
    /// <param name="decisions">Per candidature, its verdict.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The candidatures, moved.</returns>
    public Task<IReadOnlyList<Candidature>> DonnerAvisAsync(Acteur acteur, Guid sessionId, EtapeLot etape, IReadOnlyList<DecisionLot> decisions, CancellationToken cancellationToken = default) =>
        TraiterAsync(acteur, sessionId, decisions, etape, (c, s, d) => d.Avis is { } avis
            ? candidatures.DonnerAvisAsync(acteur, c, s, AvecDefauts(avis, s), cancellationToken)
            : throw new RegleRefuseeException("LOT-01", "Indiquez l'avis de recrutement."), cancellationToken);

    /// <summary>LOT-02: on fixed dates, a retained candidate takes the session's dates and weekly hours unless given.</summary>
    /// <param name="avis">The verdict typed.</param>
    /// <param name="session">The session.</param>
    /// <returns>The verdict with its defaults.</returns>
    public static AvisSaisi AvecDefauts(AvisSaisi avis, SessionCandidatable session)
    {
        ArgumentNullException.ThrowIfNull(avis);
        ArgumentNullException.ThrowIfNull(session);
        if (!avis.Retenue || session.TypeEntree != TypeEntreeSession.DatesFixes)
        {
            return avis;
        }

        return avis with
        {
            DateEntreePrevue = avis.DateEntreePrevue ?? session.DateDebut,
            DateSortiePrevue = avis.DateSortiePrevue ?? session.DateFin,
            HeuresHebdomadaires = avis.HeuresHebdomadaires ?? session.HeuresHebdomadaires ?? HeuresParDefaut,
        };
    }

    private async Task<IReadOnlyList<Candidature>> TraiterAsync(
        Acteur acteur,
        Guid sessionId,
        IReadOnlyList<DecisionLot> decisions,
        EtapeLot etape,
        Func<Candidature, SessionCandidatable, DecisionLot, Task> appliquer,
        CancellationToken cancellationToken)
    {
        var session = await SessionAsync(acteur, sessionId, cancellationToken);
        if (decisions.Count == 0)
        {
            throw new ChampsInvalidesException("candidatures", "Sélectionnez au moins une candidature.");
        }

        var ids = decisions.Select(d => d.CandidatureId).ToArray();
        var trouvees = await db.Candidatures.Where(c => ids.Contains(c.Id) && c.SessionId == sessionId).ToDictionaryAsync(c => c.Id, cancellationToken);
        var refus = new List<RefusLot>();
        var faites = new List<Candidature>(decisions.Count);
        foreach (var decision in decisions)
        {
            if (!trouvees.TryGetValue(decision.CandidatureId, out var candidature) || !VisibiliteCandidatures.PeutVoir(acteur, candidature))
            {
                refus.Add(new RefusLot(decision.CandidatureId, string.Empty, [("LOT-01", "Cette candidature n'est pas une candidature de la session.")]));
                continue;
            }

            var nom = $"{candidature.Candidat.Prenom} {candidature.Candidat.Nom}";
            if (EtapeDe(candidature.Status) != etape)
            {
                refus.Add(new RefusLot(candidature.Id, nom, [("LOT-01", $"La candidature n'est pas à l'étape « {Libelle(etape)} ».")]));
                continue;
            }

            try
            {
                await appliquer(candidature, session, decision);
                faites.Add(candidature);
            }
            catch (RegleRefuseeException e)
            {
                refus.Add(new RefusLot(candidature.Id, nom, e.Refus.Count > 0 ? e.Refus : [(e.Regle, e.Message)]));
            }
        }

        if (refus.Count > 0)
        {
            // Nothing is saved: the unit of work is dropped with the request.
            throw new LotRefuseException(refus);
        }

        await db.SaveChangesAsync(cancellationToken);
        return faites;
    }

    private async Task<SessionCandidatable> SessionAsync(Acteur acteur, Guid sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var session = await sessions.TrouverAsync(sessionId, cancellationToken);
        if (session is null || !(acteur.EstAdministrateur || acteur.StructureCouranteId == session.ResponsableId || acteur.StructureCouranteId == session.PositionneurId))
        {
            throw new IntrouvableException("Session introuvable.");
        }

        if (session.EstHsp)
        {
            throw new RegleRefuseeException("LOT-01", "La gestion par lot ne concerne pas HSP : il n'y a pas de sélection, la conformité se déclare candidature par candidature.");
        }

        return session;
    }

    private static EtapeLot? EtapeDe(string status) => status switch
    {
        Candidature.AConvoquer => EtapeLot.AConvoquer,
        Candidature.Convoquee => EtapeLot.PresenceARenseigner,
        Candidature.AvisADonner => EtapeLot.AvisEnAttente,
        Candidature.RefusSessionComplete => EtapeLot.ListeAttente,
        _ => null,
    };

    private static string Libelle(EtapeLot etape) => etape switch
    {
        EtapeLot.AConvoquer => "Candidats à convoquer",
        EtapeLot.PresenceARenseigner => "Présence / absence à renseigner",
        EtapeLot.AvisEnAttente => "Avis de recrutement en attente",
        _ => "Candidatures non retenues pour session complète",
    };
}
