using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Candidatures;
using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Runtime;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>Real funded sessions of the catalogue, brought as a funder's feed brings them, for the candidature tests.</summary>
internal static class SessionsDeTest
{
    private static readonly ConcurrentDictionary<Guid, SessionCandidatable> Saisies = new();

    private static readonly Dictionary<string, object?> SansArgument = [];

    /// <summary>Creates a published funded action with one session as described, and reads it back through the port.</summary>
    public static async Task<SessionCandidatable> CreerAsync(ApiHost host, SessionCandidatable voulue)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
            var processus = scope.ServiceProvider.GetRequiredService<ProcessusService>();
            var mesure = await db.Mesures.SingleAsync(m => m.Code == voulue.Mesure);
            var dispositif = await db.Dispositifs.SingleAsync(d => d.Id == mesure.DispositifId);
            var le = host.Time.GetUtcNow();
            var action = ActionFormation.CreerConventionnee(await ReferencesCatalogue.ProchaineActionAsync(db), voulue.ResponsableId, dispositif.FinanceurId, null, SaisieAction(voulue.Intitule), le);
            db.Actions.Add(action);
            await processus.DemarrerAsync(action, ActionFormation.DefinitionConventionnee, CatalogueService.TypeSujet, action.Id.ToString(), new WorkflowContext { Roles = [] });
            var session = Session.CreerConventionnee(await ReferencesCatalogue.ProchaineSessionAsync(db), action, SaisieSession(voulue), Financement(voulue, mesure.Id, dispositif.Id, dispositif.Code, dispositif.FinanceurId), null, le);
            db.Sessions.Add(session);
            await processus.DemarrerAsync(session, Session.Definition, SessionsService.TypeSujet, session.Id.ToString(), new WorkflowContext { Roles = [], Dates = session.DatesProcessus() });
            var publication = new WorkflowContext { Roles = [RolesCatalogue.Systeme], RuleInputs = new RuleInputs { ["action"] = new ActionFaits(1) } };
            await processus.DeclencherAsync(action, CatalogueService.TypeSujet, action.Id.ToString(), "valider", SansArgument, publication);
            await processus.DeclencherAsync(action, CatalogueService.TypeSujet, action.Id.ToString(), "publier", SansArgument, publication);
            action.EnregistrerPublication(le);
            if (!voulue.OuverteAuxCandidatures)
            {
                await processus.DeclencherAsync(session, SessionsService.TypeSujet, session.Id.ToString(), "fermerCandidatures", SansArgument, new WorkflowContext { Roles = [RolesCatalogue.Systeme] });
            }

            if (voulue.Annulee)
            {
                await processus.DeclencherAsync(session, SessionsService.TypeSujet, session.Id.ToString(), "annuler", SansArgument, new WorkflowContext { Roles = [RolesCatalogue.Systeme] });
            }

            await db.SaveChangesAsync();
            Saisies[session.Id] = voulue with { Id = session.Id };
            voulue = voulue with { Id = session.Id };
        }

        return await LireAsync(host, voulue.Id);
    }

    /// <summary>Moves a session's dates as the catalogue does (the candidatures follow through <see cref="SessionModifieeHandler"/>).</summary>
    public static async Task ChangerDatesAsync(ApiHost host, Guid sessionId, DateOnly debut, DateOnly fin)
    {
        var voulue = Saisies[sessionId] with { DateDebut = debut, DateFin = fin };
        Saisies[sessionId] = voulue;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
            var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
            var action = await db.Actions.SingleAsync(a => a.Id == session.ActionId);
            var dispositif = await db.Dispositifs.SingleAsync(d => d.Id == session.DispositifId);
            session.Modifier(action, SaisieSession(voulue), Financement(voulue, session.MesureId!.Value, dispositif.Id, dispositif.Code, dispositif.FinanceurId), host.Time.GetUtcNow());
            await db.SaveChangesAsync();
        }

        await host.Services.GetRequiredService<SessionModifieeHandler>().ReporterAsync(sessionId, TestContext.Current.CancellationToken);
    }

    /// <summary>The session as candidatures read it.</summary>
    public static async Task<SessionCandidatable> LireAsync(ApiHost host, Guid sessionId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISessionsCandidatables>().TrouverAsync(sessionId, TestContext.Current.CancellationToken)
            ?? throw new InvalidOperationException("Session de test introuvable.");
    }

    private static FinancementResolu Financement(SessionCandidatable s, Guid mesureId, Guid dispositifId, string code, Guid financeurId) => new(
        new FinancementSaisi
        {
            MesureId = mesureId,
            NumeroMarche = s.NumeroMarche,
            EffectifMinimal = 1,
            Places = s.EffectifVise,
            CapaciteAccueil = s.CapaciteAccueil,
            Coefficient = s.Coefficient,
            DateLimiteInscription = s.DateLimiteInscription,
            DateLimiteEntreeTardive = s.DateLimiteEntreeTardive,
        },
        mesureId,
        dispositifId,
        code,
        financeurId);

    private static SaisieSession SaisieSession(SessionCandidatable s) => new()
    {
        VoieAcces = VoieAcces.FormationContinue,
        FormateurId = s.FormateurId,
        PositionneurId = s.PositionneurId,
        DateDebut = s.DateDebut,
        DateFin = s.DateFin,
        TypeEntree = s.TypeEntree switch
        {
            TypeEntreeSession.EntreesSortiesPermanentes => TypeEntree.EntreesSortiesPermanentes,
            TypeEntreeSession.EntreesSortiesSequencees => TypeEntree.EntreesSortiesSequencees,
            _ => TypeEntree.DatesFixes,
        },
        Lieu = new LieuFormation("1 place de la Formation", s.CodePostal ?? "33000", s.Ville ?? "Bordeaux"),
        HeuresHebdomadaires = s.HeuresHebdomadaires,
    };

    private static SaisieAction SaisieAction(string intitule) => new()
    {
        Intitule = intitule,
        ObjectifGeneral = ObjectifGeneral.Professionnalisation,
        Objectifs = "Acquérir les gestes du métier.",
        Programme = "- Apports techniques\n- Mises en situation",
        Validation = ValidationFormation.AttestationFinFormation,
        Durees = [new DureeFormation(ModaliteDuree.CoursDuJour, 400)],
        ConditionsAcces = "RAS",
        Prerequis = "Savoir lire, écrire et compter.",
        Contacts = [new ContactFormation("Accueil formation", "05 56 00 00 00", "formation@demo.rafael.fr")],
    };
}
