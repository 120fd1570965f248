using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Engine.Rattachements;
using Rafael.Rules;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Candidatures;

/// <summary>
/// The commands on candidatures (CAND-01 to CAND-04, AVIS-01 to AVIS-06). Each is one transaction: the state change,
/// its journal entry, its outbox messages and its deadlines commit together. The domain fires triggers of the
/// definition; rule sets guard them, and a refusal names the rule.
/// </summary>
public sealed class CandidaturesService(
    RafaelDbContext db,
    ProcessusService processus,
    ISessionsCandidatables sessions,
    IRuleEvaluator regles,
    IParametresProvider parametres,
    TimeProvider time)
{
    /// <summary>The kind of subject for deadlines and messages.</summary>
    public const string TypeSujet = "candidature";

    private const string RegleSetPreinscription = "candidature.preinscription";

    private static readonly Dictionary<string, object?> SansArgument = [];

    /// <summary>
    /// A prescriber pre-registers a candidate on a session (CAND-01): saved as a draft by a Niveau 1, validated at once
    /// by a Niveau 2 or 3 and then sent to the OF. Refused with the rule (CAND-02, CAND-03, CAND-04, HAB-03).
    /// </summary>
    /// <param name="acteur">The prescriber.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="candidat">The candidate.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The candidature.</returns>
    public async Task<Candidature> PreinscrireAsync(Acteur acteur, Guid sessionId, Candidat candidat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(candidat);
        var niveau = NiveauPrescripteur(acteur.Profil);
        if (niveau is null || acteur.StructureCouranteId is not { } structureId)
        {
            throw new InterditException("HAB-03", "Seul un prescripteur (niveau 1, 2 ou 3) de votre structure courante peut préinscrire un candidat.");
        }

        var session = await sessions.TrouverAsync(sessionId, cancellationToken)
            ?? throw new ChampsInvalidesException("sessionId", "Cette session n'existe pas ou n'est pas une session financée.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A failed save is not retried within this transaction (it rolls back whole): no savepoint, two round trips fewer.
        db.Database.AutoSavepointsEnabled = false;
        var comptes = await VerrousCandidatures.VerrouillerEtCompterAsync(db, session.Id, candidat.Cle, structureId, cancellationToken);
        var maintenant = time.GetUtcNow();
        var candidature = Candidature.Preinscrire(session, candidat, structureId, acteur.CompteId, maintenant);
        var entrees = await EntreesPreinscriptionAsync(session, comptes, niveau, cancellationToken);

        // A Niveau 1's draft fires no transition: the rules are checked here. A Niveau 2 or 3 validates at once, under
        // the same rules (see ValiderAsync).
        if (niveau < 2)
        {
            await ExigerAsync(RegleSetPreinscription, entrees, cancellationToken);
        }

        db.Candidatures.Add(candidature);
        await processus.DemarrerAsync(candidature, candidature.DefinitionName, TypeSujet, candidature.Id.ToString(), new WorkflowContext { Roles = [] }, cancellationToken);
        if (niveau >= 2)
        {
            await DeclencherAsync(candidature, "valider", SansArgument, acteur, session, entrees, cancellationToken, RegleSetPreinscription);
            candidature.EnregistrerValidation(acteur.CompteId, maintenant);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return candidature;
    }

    /// <summary>A Niveau 3 validates a draft of its structure; a Niveau 2 its own (CAND-01, ACC-03).</summary>
    /// <param name="acteur">The prescriber.</param>
    /// <param name="candidatureId">The draft.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The candidature, now En attente.</returns>
    public async Task<Candidature> ValiderAsync(Acteur acteur, Guid candidatureId, CancellationToken cancellationToken = default)
    {
        var candidature = await TrouverAsync(acteur, candidatureId, cancellationToken);
        var niveau = ExigerPrescripteurDe(acteur, candidature, validation: true);
        var session = await SessionAsync(candidature, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Database.AutoSavepointsEnabled = false;
        var comptes = await VerrousCandidatures.VerrouillerEtCompterAsync(db, session.Id, candidature.CleCandidat, candidature.PrescripteurStructureId, cancellationToken);
        var entrees = await EntreesPreinscriptionAsync(session, comptes, niveau, cancellationToken);
        await DeclencherAsync(candidature, "valider", SansArgument, acteur, session, entrees, cancellationToken, RegleSetPreinscription);
        candidature.EnregistrerValidation(acteur.CompteId, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return candidature;
    }

    /// <summary>Deletes a draft: its author (Niveau 1 or 2), or a Niveau 3 of the structure (ACC-03).</summary>
    /// <param name="acteur">The prescriber.</param>
    /// <param name="candidatureId">The draft.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The candidature, now Supprimée.</returns>
    public async Task<Candidature> SupprimerAsync(Acteur acteur, Guid candidatureId, CancellationToken cancellationToken = default)
    {
        var candidature = await TrouverAsync(acteur, candidatureId, cancellationToken);
        ExigerPrescripteurDe(acteur, candidature, validation: false);
        var session = await SessionAsync(candidature, cancellationToken);
        await DeclencherAsync(candidature, "supprimer", SansArgument, acteur, session, new RuleInputs(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return candidature;
    }

    /// <summary>The OF convokes the candidate (AVIS-01): at most the dispositif's maximum, a new one only after a justified absence.</summary>
    /// <param name="acteur">The OF user.</param>
    /// <param name="candidatureId">The candidature.</param>
    /// <param name="date">The convocation's date and time.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The candidature.</returns>
    public async Task<Candidature> ConvoquerAsync(Acteur acteur, Guid candidatureId, DateTimeOffset date, CancellationToken cancellationToken = default)
    {
        var candidature = await TrouverAsync(acteur, candidatureId, cancellationToken);
        await ConvoquerAsync(acteur, candidature, await SessionAsync(candidature, cancellationToken), date, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return candidature;
    }

    /// <summary>Convokes, without saving (for batches).</summary>
    internal async Task ConvoquerAsync(Acteur acteur, Candidature candidature, SessionCandidatable session, DateTimeOffset date, CancellationToken cancellationToken)
    {
        ExigerAvisModifiable(acteur, candidature);
        var entrees = await EntreesAvisAsync(candidature, session, candidature.ResultatDerniereConvocation, null, cancellationToken);
        await DeclencherAsync(candidature, "convoquer", new Dictionary<string, object?> { ["dateConvocation"] = date }, acteur, session, entrees, cancellationToken);
        candidature.EnregistrerConvocation(date);
    }

    /// <summary>
    /// Records what happened at the last convocation (AVIS-01): a présence opens the verdict; an unjustified absence, or
    /// a justified one when no convocation is left, makes the candidature Non retenue automatically.
    /// </summary>
    /// <param name="acteur">The OF user.</param>
    /// <param name="candidatureId">The candidature.</param>
    /// <param name="resultat">Présence or absence.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The candidature.</returns>
    public async Task<Candidature> EnregistrerResultatAsync(Acteur acteur, Guid candidatureId, ResultatConvocation resultat, CancellationToken cancellationToken = default)
    {
        var candidature = await TrouverAsync(acteur, candidatureId, cancellationToken);
        await EnregistrerResultatAsync(acteur, candidature, await SessionAsync(candidature, cancellationToken), resultat, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return candidature;
    }

    /// <summary>Records attendance, without saving (for batches).</summary>
    internal async Task EnregistrerResultatAsync(Acteur acteur, Candidature candidature, SessionCandidatable session, ResultatConvocation resultat, CancellationToken cancellationToken)
    {
        ExigerAvisModifiable(acteur, candidature);

        // The guard of a new convocation is checked as if this result were already recorded.
        var entrees = await EntreesAvisAsync(candidature, session, resultat, null, cancellationToken);
        if (resultat == ResultatConvocation.Presence)
        {
            await DeclencherAsync(candidature, "enregistrerPresence", SansArgument, acteur, session, entrees, cancellationToken);
        }
        else
        {
            var arguments = new Dictionary<string, object?> { ["justifiee"] = resultat == ResultatConvocation.AbsenceJustifiee };
            await DeclencherAsync(candidature, "enregistrerAbsence", arguments, acteur, session, entrees, cancellationToken);
        }

        candidature.EnregistrerResultat(resultat, acteur.CompteId, time.GetUtcNow());
    }

    /// <summary>
    /// The OF's verdict (AVIS-02 to AVIS-06): retained with dates and weekly hours, or not retained with a motif;
    /// "session complète" puts it on the waiting list, from which it may still be retained until the late-entry date.
    /// On HSP, the administrative conformity. An administrator may turn Non retenue into Retenue (AVIS-05).
    /// </summary>
    /// <param name="acteur">The OF user or administrator.</param>
    /// <param name="candidatureId">The candidature.</param>
    /// <param name="avis">The verdict.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The candidature.</returns>
    public async Task<Candidature> DonnerAvisAsync(Acteur acteur, Guid candidatureId, AvisSaisi avis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(avis);
        var candidature = await TrouverAsync(acteur, candidatureId, cancellationToken);
        await DonnerAvisAsync(acteur, candidature, await SessionAsync(candidature, cancellationToken), avis, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return candidature;
    }

    /// <summary>Gives the verdict, without saving (for batches).</summary>
    internal async Task DonnerAvisAsync(Acteur acteur, Candidature candidature, SessionCandidatable session, AvisSaisi avis, CancellationToken cancellationToken)
    {
        ExigerAvisModifiable(acteur, candidature);
        var (declencheur, arguments) = Declencheur(candidature, avis);
        var entrees = await EntreesAvisAsync(candidature, session, candidature.ResultatDerniereConvocation, avis, cancellationToken);
        if (acteur.EstAdministrateur && candidature.Status == Candidature.NonRetenue)
        {
            // The override is a decision on request, not a recruitment after a convocation: the présence precondition does not apply.
            ((Dictionary<string, object?>)entrees["candidature"])["resultatDerniereConvocation"] = nameof(ResultatConvocation.Presence);
        }

        // The verdict's rule set speaks first, so that a refusal names AVIS-02, AVIS-03 or AVIS-06 rather than the
        // definition's argument checks (a missing date, an unknown motif, a reason too long).
        await ExigerAsync(candidature.EstHsp ? "candidature.avis-hsp" : "candidature.avis", entrees, cancellationToken);

        await DeclencherAsync(candidature, declencheur, arguments, acteur, session, entrees, cancellationToken);
        candidature.EnregistrerAvis(avis, acteur.CompteId, time.GetUtcNow());
    }

    /// <summary>Finds a candidature the caller may see (CAND-06); 404 for the others so that their existence does not leak.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="candidatureId">The candidature.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The tracked candidature.</returns>
    public async Task<Candidature> TrouverAsync(Acteur acteur, Guid candidatureId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var candidature = await db.Candidatures.FindAsync([candidatureId], cancellationToken);
        if (candidature is null || !VisibiliteCandidatures.PeutVoir(acteur, candidature))
        {
            throw new IntrouvableException("Candidature introuvable.");
        }

        return candidature;
    }

    /// <summary>The rule inputs of <c>candidature.preinscription</c>, with what was counted under the locks.</summary>
    private async Task<RuleInputs> EntreesPreinscriptionAsync(SessionCandidatable session, ComptesPreinscription comptes, int? niveau, CancellationToken cancellationToken)
    {
        return new RuleInputs
        {
            ["maintenant"] = JoursParis.Date(time.GetUtcNow()),
            ["session"] = new Dictionary<string, object?>
            {
                ["dispositif"] = session.Dispositif,
                ["mesure"] = session.Mesure,
                ["annulee"] = session.Annulee,
                ["ouverteAuxCandidatures"] = session.OuverteAuxCandidatures,
                ["dateLimiteInscription"] = session.DateLimiteInscription,
                ["effectifVise"] = session.EffectifVise,
                ["capaciteAccueil"] = session.CapaciteAccueil,
                ["coefficient"] = session.Coefficient,
                ["candidaturesEnCours"] = comptes.PlacesPrises,
            },
            ["candidat"] = new Dictionary<string, object?>
            {
                ["candidaturesEnCours"] = comptes.EnCours,
                ["candidaturesEnCoursHsp"] = comptes.EnCoursHsp,
            },
            ["structure"] = new Dictionary<string, object?> { ["mesuresHabilitees"] = comptes.MesuresHabilitees },
            ["utilisateur"] = new Dictionary<string, object?> { ["niveauPrescripteur"] = niveau },
            ["parametres"] = await parametres.GetAsync(session.Dispositif, cancellationToken),
        };
    }

    /// <summary>The rule inputs of the verdict rule sets (convocation, avis, liste d'attente, avis HSP).</summary>
    private async Task<RuleInputs> EntreesAvisAsync(Candidature candidature, SessionCandidatable session, ResultatConvocation? resultat, AvisSaisi? avis, CancellationToken cancellationToken)
    {
        var entrees = new RuleInputs
        {
            ["maintenant"] = JoursParis.Date(time.GetUtcNow()),
            ["session"] = new Dictionary<string, object?>
            {
                ["dispositif"] = session.Dispositif,
                ["dateLimiteEntreeTardive"] = session.DateLimiteEntreeTardive,
            },
            ["candidature"] = new Dictionary<string, object?>
            {
                ["nombreConvocations"] = candidature.NombreConvocations,
                ["resultatDerniereConvocation"] = resultat?.ToString(),
                ["etat"] = candidature.Etat.ToString(),
            },
            ["parametres"] = await parametres.GetAsync(session.Dispositif, cancellationToken),
        };
        if (avis is not null)
        {
            entrees["avis"] = new Dictionary<string, object?>
            {
                ["recrutementAccepte"] = avis.Retenue,
                ["conformiteAdministrative"] = avis.Retenue,
                ["dateEntreePrevue"] = avis.DateEntreePrevue,
                ["dateSortiePrevue"] = avis.DateSortiePrevue,
                ["heuresHebdomadaires"] = avis.HeuresHebdomadaires,
                ["motif"] = MotifsRefus.PourLesRegles(avis.Motif),
                ["raison"] = avis.Raison,
                ["commentaire"] = avis.Commentaire,
            };
        }

        await EntreesRoutage.AjouterAsync(db, candidature, entrees, cancellationToken);
        return entrees;
    }

    private static (string Declencheur, Dictionary<string, object?> Arguments) Declencheur(Candidature candidature, AvisSaisi avis)
    {
        if (avis.Retenue)
        {
            var arguments = new Dictionary<string, object?>
            {
                ["dateEntree"] = avis.DateEntreePrevue,
                ["dateSortie"] = avis.DateSortiePrevue,
                ["intensiteHebdomadaire"] = avis.HeuresHebdomadaires,
                ["commentaire"] = avis.Commentaire,
            };
            return (candidature.EstHsp ? "declarerConforme" : "retenir", arguments);
        }

        var refus = new Dictionary<string, object?> { ["motif"] = avis.Motif, ["raison"] = avis.Raison, ["commentaire"] = avis.Commentaire };
        return (candidature.EstHsp ? "declarerNonConforme" : "nePasRetenir", refus);
    }

    /// <summary>Fires a trigger; <paramref name="regleSetExige"/>, when given, holds whatever the definition in force says.</summary>
    /// <remarks>
    /// Analysts edit definitions without a release: a rule set the business needs on this command (CAND-02/03/04 and
    /// HAB-03 on "valider") is evaluated here, on the same inputs, unless the transition about to fire is guarded by it,
    /// so that it is evaluated once in every case, never skipped and never twice.
    /// </remarks>
    private async Task DeclencherAsync(
        Candidature candidature,
        string declencheur,
        IReadOnlyDictionary<string, object?> arguments,
        Acteur acteur,
        SessionCandidatable session,
        RuleInputs entrees,
        CancellationToken cancellationToken,
        string? regleSetExige = null)
    {
        var contexte = new WorkflowContext
        {
            Roles = RolesCandidatures.De(acteur, candidature),
            RuleInputs = entrees,
            Dates = DatesDe(session),
            Parameters = ParametresDeProcessus.Dictionnaire(await parametres.GetAsync(session.Dispositif, cancellationToken)),
        };
        if (regleSetExige is not null && !await processus.EstGardeParAsync(candidature, declencheur, arguments, contexte, regleSetExige, cancellationToken))
        {
            await ExigerAsync(regleSetExige, entrees, cancellationToken);
        }

        await processus.DeclencherAsync(candidature, TypeSujet, candidature.Id.ToString(), declencheur, arguments, contexte, cancellationToken);
    }

    /// <summary>Evaluates a rule set; refused with every failing rule.</summary>
    private async Task ExigerAsync(string regleSet, RuleInputs entrees, CancellationToken cancellationToken)
    {
        var verdict = await regles.EvaluateAsync(regleSet, entrees, cancellationToken);
        if (!verdict.IsAllowed)
        {
            throw new RegleRefuseeException([.. verdict.Failures.Select(f => (f.RuleId, f.Message))]);
        }
    }

    /// <summary>The dates the definition's deadlines are computed from: the session's end, at midnight in Paris.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The dates by name.</returns>
    internal static IReadOnlyDictionary<string, DateTimeOffset> DatesDe(SessionCandidatable session) =>
        new Dictionary<string, DateTimeOffset> { ["session.dateFin"] = JoursParis.Debut(session.DateFin) };

    internal async Task<SessionCandidatable> SessionAsync(Candidature candidature, CancellationToken cancellationToken) =>
        await sessions.TrouverAsync(candidature.SessionId, cancellationToken)
            ?? throw new IntrouvableException("La session de cette candidature n'existe plus.");

    /// <summary>AVIS-05: a given verdict is not changed by the OF; only the waiting list may still be retained, and an
    /// administrator may retain a Non retenue.</summary>
    private static void ExigerAvisModifiable(Acteur acteur, Candidature candidature)
    {
        var modifiable = candidature.Etat switch
        {
            EtatCandidature.EnAttente or EtatCandidature.RefusSessionComplete => true,
            EtatCandidature.NonRetenue => acteur.EstAdministrateur,
            _ => false,
        };
        if (!modifiable)
        {
            throw new RegleRefuseeException(
                "AVIS-05",
                $"L'avis de cette candidature est déjà donné (« {LibellesEtats.De(candidature.Etat)} ») : il ne se modifie plus.");
        }
    }

    /// <summary>ACC-03: Niveau 1 and 2 act on their own drafts; Niveau 3 on every draft of the structure; only 2 and 3 validate.</summary>
    private static int ExigerPrescripteurDe(Acteur acteur, Candidature candidature, bool validation)
    {
        var niveau = NiveauPrescripteur(acteur.Profil);
        if (niveau is null || acteur.StructureCouranteId != candidature.PrescripteurStructureId)
        {
            throw new InterditException("CAND-01", "Seul un prescripteur de la structure qui a fait la préinscription peut faire cela.");
        }

        if (validation && niveau == 1)
        {
            throw new InterditException("CAND-01", "Un prescripteur de niveau 1 enregistre la préinscription ; un prescripteur de niveau 3 de la structure la valide.");
        }

        if (niveau < 3 && candidature.CreeeParId != acteur.CompteId)
        {
            throw new InterditException("CAND-01", "Un prescripteur de niveau 1 ou 2 n'agit que sur ses propres préinscriptions ; un niveau 3 agit sur celles de sa structure.");
        }

        return niveau.Value;
    }

    /// <summary>The prescriber level of a profile, or null.</summary>
    /// <param name="profil">The profile.</param>
    /// <returns>1, 2, 3 or null.</returns>
    internal static int? NiveauPrescripteur(ProfilGestion? profil) => profil switch
    {
        ProfilGestion.PrescripteurNiveau1 => 1,
        ProfilGestion.PrescripteurNiveau2 => 2,
        ProfilGestion.PrescripteurNiveau3 => 3,
        _ => null,
    };
}
