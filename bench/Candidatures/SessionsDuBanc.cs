using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Runtime;

namespace Rafael.Bench.Candidatures;

/// <summary>
/// Open funded sessions of the catalogue (PRF-QUALIF, Région), created and published through the engine as a funder's
/// feed brings them (as tests/Api.Tests does), with room for every pre-registration of the run.
/// </summary>
internal static class SessionsDuBanc
{
    private static readonly Dictionary<string, object?> SansArgument = [];

    public static async Task<List<Guid>> CreerAsync(IServiceProvider services, int nombre)
    {
        var ids = new List<Guid>(nombre);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        var processus = scope.ServiceProvider.GetRequiredService<ProcessusService>();
        var le = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var aujourdhui = DateOnly.FromDateTime(le.UtcDateTime);
        var mesure = await db.Mesures.SingleAsync(m => m.Code == "PRF-QUALIF");
        var dispositif = await db.Dispositifs.SingleAsync(d => d.Id == mesure.DispositifId);
        var garonne = await db.Structures.Where(s => s.Nom == "Institut de Formation Garonne").Select(s => s.Id).SingleAsync();
        var pau = await db.Structures.Where(s => s.Nom == "Campus des Métiers de Pau").Select(s => s.Id).SingleAsync();
        var limousin = await db.Structures.Where(s => s.Nom == "Atelier Formation Limousin").Select(s => s.Id).SingleAsync();
        for (var n = 0; n < nombre; n++)
        {
            var action = ActionFormation.CreerConventionnee(await ReferencesCatalogue.ProchaineActionAsync(db), garonne, dispositif.FinanceurId, null, Action($"Soudeur TIG, banc d'essai {n}"), le);
            db.Actions.Add(action);
            await processus.DemarrerAsync(action, ActionFormation.DefinitionConventionnee, CatalogueService.TypeSujet, action.Id.ToString(), new WorkflowContext { Roles = [] });
            var financement = new FinancementResolu(
                new FinancementSaisi
                {
                    MesureId = mesure.Id,
                    NumeroMarche = "2026-PRF-12",
                    EffectifMinimal = 1,
                    Places = 1_000_000,
                    CapaciteAccueil = 1_000_000,
                    Coefficient = 2,
                    DateLimiteInscription = aujourdhui.AddDays(50),
                    DateLimiteEntreeTardive = aujourdhui.AddDays(70),
                },
                mesure.Id,
                dispositif.Id,
                dispositif.Code,
                dispositif.FinanceurId);
            var saisie = new SaisieSession
            {
                VoieAcces = VoieAcces.FormationContinue,
                FormateurId = limousin,
                PositionneurId = pau,
                DateDebut = aujourdhui.AddDays(60),
                DateFin = aujourdhui.AddDays(150),
                TypeEntree = TypeEntree.DatesFixes,
                Lieu = new LieuFormation("1 place de la Formation", "33000", "Bordeaux"),
            };
            var session = Session.CreerConventionnee(await ReferencesCatalogue.ProchaineSessionAsync(db), action, saisie, financement, null, le);
            db.Sessions.Add(session);
            await processus.DemarrerAsync(session, Session.Definition, SessionsService.TypeSujet, session.Id.ToString(), new WorkflowContext { Roles = [], Dates = session.DatesProcessus() });
            var publication = new WorkflowContext { Roles = [RolesCatalogue.Systeme], RuleInputs = new RuleInputs { ["action"] = new ActionFaits(1) } };
            await processus.DeclencherAsync(action, CatalogueService.TypeSujet, action.Id.ToString(), "valider", SansArgument, publication);
            await processus.DeclencherAsync(action, CatalogueService.TypeSujet, action.Id.ToString(), "publier", SansArgument, publication);
            action.EnregistrerPublication(le);
            await db.SaveChangesAsync();
            ids.Add(session.Id);
        }

        return ids;
    }

    private static SaisieAction Action(string intitule) => new()
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
