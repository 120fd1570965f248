using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Catalogue;

/// <summary>
/// Sessions: added by the action's Responsable (non conventionnées) or by the funder (conventionnées, CAT-04),
/// changed and cancelled through the <c>session</c> definition. Each method is one command.
/// </summary>
public sealed class SessionsService(RafaelDbContext db, ProcessusService processus, CatalogueService catalogue, IParametresProvider parametres, OutboxWriter outbox, TimeProvider time)
{
    /// <summary>The kind of subject sessions are, for deadlines and messages.</summary>
    public const string TypeSujet = "session";

    /// <summary>The message sent in the same transaction whenever a session's start or end date changes (AVIS-07).</summary>
    public const string MessageDatesModifiees = "session.dates-modifiees";

    /// <summary>The message sent in the same transaction whenever a session is changed: candidatures refresh what they
    /// copy of it (dates, reference, structures: CAND-06, AVIS-07).</summary>
    public const string MessageModifiee = "session.modifiee";

    /// <summary>Adds a session to an action (CAT-09): the Responsable adds non-conventionnées sessions, the funder or an
    /// administrator conventionnées ones, with their funded fields.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="actionId">The action.</param>
    /// <param name="saisie">The form, validated for format by the caller.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The session.</returns>
    public Task<Session> AjouterAsync(Acteur acteur, Guid actionId, SaisieSession saisie, CancellationToken cancellationToken = default) =>
        AjouterAsync(acteur, actionId, saisie, null, cancellationToken);

    /// <summary>The same, from a funder's feed: the funder's own identifier makes later imports find it again.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="actionId">The action.</param>
    /// <param name="saisie">The form, validated for format by the caller.</param>
    /// <param name="referenceExterne">The funder's identifier of a conventionnée session, if any.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The session.</returns>
    public async Task<Session> AjouterAsync(Acteur acteur, Guid actionId, SaisieSession saisie, string? referenceExterne, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(saisie);
        var action = await catalogue.TrouverAsync(actionId, cancellationToken);
        ExigerCertificationsDeLAction(action, saisie);
        var le = time.GetUtcNow();
        Session session;
        if (action.Conventionnee)
        {
            if (!acteur.EstAdministrateur && !RolesCatalogue.EstFinanceur(acteur, action.FinanceurId))
            {
                throw new InterditException("CAT-04", "Les sessions d'une action conventionnée viennent du financeur : seuls lui et les administrateurs en ajoutent.");
            }

            var financement = await ResoudreFinancementAsync(saisie, cancellationToken);
            await ExigerSaisieCleAsync(financement, financement.Saisie.DateLimiteInscription, cancellationToken);
            session = Session.CreerConventionnee(await ReferencesCatalogue.ProchaineSessionAsync(db, cancellationToken), action, saisie, financement, referenceExterne, le);
        }
        else
        {
            if (!RolesCatalogue.EstResponsable(acteur, action))
            {
                throw new InterditException("CAT-03", "Seul l'organisme responsable de l'action (profil catalogue formation ou général) lui ajoute des sessions.");
            }

            if (saisie.Financement is not null)
            {
                throw new RegleRefuseeException("CAT-04", "Un organisme de formation ne crée pas de session conventionnée : les champs de financement viennent du financeur.", "financement");
            }

            session = Session.Creer(await ReferencesCatalogue.ProchaineSessionAsync(db, cancellationToken), action, saisie, le);
        }

        db.Sessions.Add(session);
        await processus.DemarrerAsync(session, Session.Definition, TypeSujet, session.Id.ToString(), new WorkflowContext { Roles = [], Dates = session.DatesProcessus() }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>Changes a session through its <c>modifier</c> trigger, which reschedules its deadlines; adds
    /// <see cref="MessageModifiee"/> (and <see cref="MessageDatesModifiees"/> when the dates changed) in the same transaction.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="saisie">The form.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The session.</returns>
    public async Task<Session> ModifierAsync(Acteur acteur, Guid sessionId, SaisieSession saisie, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(saisie);
        var (session, action) = await TrouverAsync(sessionId, cancellationToken);
        var roles = RolesCatalogue.SurSession(acteur, action, session);
        if (roles.Count == 0)
        {
            throw new InterditException("CAT-03", "Seuls l'organisme responsable de l'action et l'organisme formateur de la session la modifient.");
        }

        if (session.EstRetiree || session.Status == Session.SuppressionDemandee)
        {
            throw new RegleRefuseeException("CAT-10", "Cette session est annulée, supprimée ou en cours de suppression : elle ne se modifie plus.");
        }

        ExigerCertificationsDeLAction(action, saisie);
        var avant = new SessionSaisieFaits(session.CodeDispositif ?? string.Empty, session.DateLimiteInscription ?? session.DateFin);
        FinancementResolu? financement = null;
        if (session.Conventionnee)
        {
            financement = await ResoudreFinancementAsync(saisie, cancellationToken);
            if (!acteur.EstAdministrateur && !RolesCatalogue.EstFinanceur(acteur, session.FinanceurId))
            {
                ExigerChampsOuvertsALOf(acteur, action, session, saisie);
            }
        }
        else if (saisie.Financement is not null)
        {
            throw new RegleRefuseeException("CAT-04", "Un organisme de formation ne crée pas de session conventionnée : les champs de financement viennent du financeur.", "financement");
        }

        var datesModifiees = session.Modifier(action, saisie, financement, time.GetUtcNow());
        await DeclencherAsync(session, "modifier", roles, await EntreesSaisieAsync(session, avant, cancellationToken), SansArgument, cancellationToken);
        if (datesModifiees)
        {
            await SignalerDatesModifieesAsync(session, cancellationToken);
        }

        await outbox.AddAsync(db, MessageModifiee, new { sujet = TypeSujet, id = session.Id.ToString() }, $"{MessageModifiee}:{session.Id}:{session.Version + 1}", cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>Cancels a session: the funder or an administrator (AVIS-08: the definition emits <c>session.annulee</c>).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The session.</returns>
    public async Task<Session> AnnulerAsync(Acteur acteur, Guid sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var (session, action) = await TrouverAsync(sessionId, cancellationToken);
        await DeclencherAsync(session, "annuler", RolesCatalogue.SurSession(acteur, action, session), new RuleInputs(), SansArgument, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>Adds a session by duplicating an existing one of the same action (CAT-09): same form, new reference.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="sessionId">The session to copy.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The new session.</returns>
    public async Task<Session> DupliquerAsync(Acteur acteur, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var (source, _) = await TrouverAsync(sessionId, cancellationToken);
        return await AjouterAsync(acteur, source.ActionId, SaisieDe(source), cancellationToken);
    }

    /// <summary>The OF deletes a session (CAT-10): without a reason only once it ended more than the dispositif's
    /// number of days ago (30 by default, rule set <c>session.suppression</c>); with a reason the request goes to an
    /// administrator.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="motif">The reason, or null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The session.</returns>
    public async Task<Session> SupprimerAsync(Acteur acteur, Guid sessionId, string? motif, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var (session, action) = await TrouverAsync(sessionId, cancellationToken);
        var roles = RolesCatalogue.SurSession(acteur, action, session);
        if (string.IsNullOrWhiteSpace(motif))
        {
            var p = await parametres.GetAsync(session.CodeDispositif ?? string.Empty, cancellationToken);
            var entrees = new RuleInputs
            {
                ["maintenant"] = DatesCatalogue.Aujourdhui(time),
                ["session"] = new { session.DateFin },
                ["suppression"] = new { Motif = (string?)null },
                ["parametres"] = p,
            };
            await DeclencherAsync(session, "supprimer", roles, entrees, SansArgument, cancellationToken);
        }
        else
        {
            await DeclencherAsync(session, "demanderSuppression", roles, new RuleInputs(), new Dictionary<string, object?> { ["motif"] = motif.Trim() }, cancellationToken);
            session.EnregistrerMotifSuppression(motif.Trim());
        }

        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>An administrator accepts or refuses a deletion request (CAT-10).</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="accepter">Accept or refuse.</param>
    /// <param name="motif">Why it is refused.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The session.</returns>
    public async Task<Session> DeciderSuppressionAsync(Acteur acteur, Guid sessionId, bool accepter, string? motif, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var (session, action) = await TrouverAsync(sessionId, cancellationToken);
        var arguments = accepter ? SansArgument : new Dictionary<string, object?> { ["motif"] = motif };
        await DeclencherAsync(session, accepter ? "accepterSuppression" : "refuserSuppression", RolesCatalogue.SurSession(acteur, action, session), new RuleInputs(), arguments, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>The session's form, to duplicate it.</summary>
    /// <param name="s">The session.</param>
    /// <returns>Its form.</returns>
    public static SaisieSession SaisieDe(Session s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new()
        {
            VoieAcces = s.VoieAcces,
            HorsAlternance = s.HorsAlternance,
            FormateurId = s.FormateurId,
            PositionneurId = s.PositionneurId,
            Contact = s.Contact,
            ContactsPositionneur = s.ContactsPositionneur,
            Certifications = s.Certifications,
            DateDebut = s.DateDebut,
            DateFin = s.DateFin,
            TypeEntree = s.TypeEntree,
            Commentaire = s.Commentaire,
            InformationsCollectives = s.InformationsCollectives,
            Lieu = s.Lieu,
            HeuresHebdomadaires = s.HeuresHebdomadaires,
            Financement = s.Conventionnee
                ? new FinancementSaisi
                {
                    MesureId = s.MesureId!.Value,
                    NumeroMarche = s.NumeroMarche,
                    EffectifMinimal = s.EffectifMinimal,
                    Places = s.Places ?? 0,
                    CapaciteAccueil = s.CapaciteAccueil ?? 0,
                    Coefficient = s.Coefficient ?? 1,
                    DateLimiteInscription = s.DateLimiteInscription ?? s.DateDebut,
                    DateLimiteEntreeTardive = s.DateLimiteEntreeTardive ?? s.DateDebut,
                    RatioSuiteParcours = s.RatioSuiteParcours,
                }
                : null,
        };
    }

    /// <summary>The tracked session and its action, or 404.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The session and its action.</returns>
    public async Task<(Session Session, ActionFormation Action)> TrouverAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
            ?? throw new IntrouvableException("Session introuvable.");
        var action = await db.Actions.SingleAsync(a => a.Id == session.ActionId, cancellationToken);
        return (session, action);
    }

    /// <summary>Fires a trigger of the session's definition with its dates.</summary>
    /// <param name="session">The session.</param>
    /// <param name="declencheur">The trigger.</param>
    /// <param name="roles">The caller's roles.</param>
    /// <param name="entrees">Guard inputs.</param>
    /// <param name="arguments">Trigger arguments.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    public async Task DeclencherAsync(Session session, string declencheur, IReadOnlyCollection<string> roles, RuleInputs entrees, IReadOnlyDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var contexte = new WorkflowContext { Roles = roles, RuleInputs = entrees, Dates = session.DatesProcessus() };
        await processus.DeclencherAsync(session, TypeSujet, session.Id.ToString(), declencheur, arguments, contexte, cancellationToken);
    }

    /// <summary>Adds <see cref="MessageDatesModifiees"/> for the session, once per saved version.</summary>
    /// <param name="session">The session.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    public Task SignalerDatesModifieesAsync(Session session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return outbox.AddAsync(db, MessageDatesModifiees, new { sujet = TypeSujet, id = session.Id.ToString() }, $"{MessageDatesModifiees}:{session.Id}:{session.Version + 1}", cancellationToken);
    }

    private static readonly Dictionary<string, object?> SansArgument = [];

    /// <summary>CAT-07: a session targets only certifications of its action.</summary>
    private static void ExigerCertificationsDeLAction(ActionFormation action, SaisieSession saisie)
    {
        var codes = action.Certifications.Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var etrangeres = saisie.Certifications.Where(c => !codes.Contains(c.Code)).Select(c => c.Code).ToList();
        if (etrangeres.Count > 0)
        {
            throw new ChampsInvalidesException("certifications", $"Une session ne vise que des certifications de son action : {string.Join(", ", etrangeres)} n'en fait pas partie (CAT-07).");
        }
    }

    /// <summary>CAT-12: on a funded session the Responsable edits the Positionneur's contacts; the Responsable or the
    /// Formateur edits the coefficient and the two deadlines; everything else comes from the funder.</summary>
    private static void ExigerChampsOuvertsALOf(Acteur acteur, ActionFormation action, Session session, SaisieSession saisie)
    {
        var responsable = acteur.StructureCouranteId == action.ResponsableId;
        var f = saisie.Financement!;
        new ChampsLectureSeule()
            .Verifier("Voie d'accès", session.VoieAcces, saisie.VoieAcces, false)
            .Verifier("Formation continue hors alternance", session.HorsAlternance, saisie.HorsAlternance, false)
            .Verifier("Organisme formateur", session.FormateurId, saisie.FormateurId ?? action.ResponsableId, false)
            .Verifier("Organisme positionneur", session.PositionneurId, saisie.PositionneurId ?? action.ResponsableId, false)
            .Verifier("Contact", session.Contact, saisie.Contact, false)
            .Verifier("Contacts du positionneur", session.ContactsPositionneur, saisie.ContactsPositionneur, responsable)
            .Verifier("Certifications visées", session.Certifications, saisie.Certifications, false)
            .Verifier("Date de début", session.DateDebut, saisie.DateDebut, false)
            .Verifier("Date de fin", session.DateFin, saisie.DateFin, false)
            .Verifier("Type d'entrée", session.TypeEntree, saisie.TypeEntree, false)
            .Verifier("Commentaire", session.Commentaire, saisie.Commentaire, false)
            .Verifier("Informations collectives", session.InformationsCollectives, saisie.InformationsCollectives, false)
            .Verifier("Lieu de formation", session.Lieu, saisie.Lieu, false)
            .Verifier("Heures hebdomadaires", session.HeuresHebdomadaires, saisie.HeuresHebdomadaires, false)
            .Verifier("Mesure", session.MesureId, (Guid?)f.MesureId, false)
            .Verifier("N° de marché", session.NumeroMarche, f.NumeroMarche, false)
            .Verifier("Effectif minimal", session.EffectifMinimal, f.EffectifMinimal, false)
            .Verifier("Effectif visé", session.Places, (int?)f.Places, false)
            .Verifier("Capacité d'accueil", session.CapaciteAccueil, (int?)f.CapaciteAccueil, false)
            .Verifier("Ratio suite de parcours", session.RatioSuiteParcours, f.RatioSuiteParcours, false)
            .Exiger("CAT-12", responsable
                ? "sur une session conventionnée, l'organisme responsable ne modifie que les contacts du positionneur, le coefficient, la date limite d'inscription et la date limite d'entrée tardive"
                : "sur une session conventionnée, l'organisme formateur ne modifie que le coefficient, la date limite d'inscription et la date limite d'entrée tardive");
    }

    /// <summary>The inputs of <c>session.saisie</c>; a non-funded session has no key parameters, so it is given the
    /// neutral values its dispositif-less defaults accept.</summary>
    private async Task<RuleInputs> EntreesSaisieAsync(Session session, SessionSaisieFaits avant, CancellationToken cancellationToken)
    {
        var p = await parametres.GetAsync(session.CodeDispositif ?? string.Empty, cancellationToken);
        var dli = session.DateLimiteInscription ?? session.DateFin;
        var saisie = new SaisieSessionFaits(session.Coefficient ?? p.CoefficientMin, dli, session.DateLimiteEntreeTardive ?? dli);
        return new RuleInputs { ["session"] = avant, ["saisie"] = saisie, ["parametres"] = p };
    }

    /// <summary>Checks a new funded session's key parameters against its dispositif (CAT-13, CAT-14).</summary>
    private async Task ExigerSaisieCleAsync(FinancementResolu financement, DateOnly dateLimite, CancellationToken cancellationToken)
    {
        var p = await parametres.GetAsync(financement.CodeDispositif, cancellationToken);
        var erreurs = new List<(string, string)>();
        if (financement.Saisie.Coefficient < p.CoefficientMin || financement.Saisie.Coefficient > p.CoefficientMax)
        {
            erreurs.Add(("CAT-13", $"Le coefficient {financement.Saisie.Coefficient} est hors des bornes du dispositif {financement.CodeDispositif} : minimum {p.CoefficientMin}, maximum {p.CoefficientMax} (CAT-13)."));
        }

        if (dateLimite > financement.Saisie.DateLimiteEntreeTardive)
        {
            erreurs.Add(("CAT-14", "La date limite d'inscription ne peut pas être postérieure à la date limite d'entrée tardive (CAT-14)."));
        }

        if (erreurs.Count > 0)
        {
            throw new RegleRefuseeException(erreurs);
        }
    }

    private async Task<FinancementResolu> ResoudreFinancementAsync(SaisieSession saisie, CancellationToken cancellationToken)
    {
        var f = saisie.Financement ?? throw new ChampsInvalidesException("financement", "Une session conventionnée porte ses champs de financement (mesure, places, coefficient, dates limites).");
        var mesure = await db.Mesures.AsNoTracking()
            .Where(m => m.Id == f.MesureId)
            .Join(db.Dispositifs, m => m.DispositifId, d => d.Id, (m, d) => new { m.Id, DispositifId = d.Id, d.Code, d.FinanceurId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new ChampsInvalidesException("financement.mesureId", "Cette mesure n'existe pas.");
        return new FinancementResolu(f, mesure.Id, mesure.DispositifId, mesure.Code, mesure.FinanceurId);
    }
}
