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

    /// <summary>Adds a session to an action (CAT-09): the Responsable adds non-conventionnées sessions, the funder or an
    /// administrator conventionnées ones, with their funded fields.</summary>
    /// <param name="acteur">The caller.</param>
    /// <param name="actionId">The action.</param>
    /// <param name="saisie">The form, validated for format by the caller.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The session.</returns>
    public async Task<Session> AjouterAsync(Acteur acteur, Guid actionId, SaisieSession saisie, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(saisie);
        var action = await catalogue.TrouverAsync(actionId, cancellationToken);
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
            session = Session.CreerConventionnee(await ReferencesCatalogue.ProchaineSessionAsync(db, cancellationToken), action, saisie, financement, null, le);
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

    /// <summary>Changes a session through its <c>modifier</c> trigger; a change of dates adds
    /// <see cref="MessageDatesModifiees"/> in the same transaction and reschedules its deadlines.</summary>
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

        var avant = new SessionSaisieFaits(session.CodeDispositif ?? string.Empty, session.DateLimiteInscription ?? session.DateFin);
        FinancementResolu? financement = null;
        if (session.Conventionnee)
        {
            financement = await ResoudreFinancementAsync(saisie, cancellationToken);
        }

        var datesModifiees = session.Modifier(action, saisie, financement, time.GetUtcNow());
        await DeclencherAsync(session, "modifier", roles, await EntreesSaisieAsync(session, avant, cancellationToken), SansArgument, cancellationToken);
        if (datesModifiees)
        {
            await SignalerDatesModifieesAsync(session, cancellationToken);
        }

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
