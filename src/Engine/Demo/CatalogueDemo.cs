using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Demo;

/// <summary>
/// The demo catalogue of Nouvelle-Aquitaine: published actions of the demo OFs, with non-funded sessions and funded
/// sessions open to candidatures on PRF, HSP and POEC, their deadlines in the future of the injected clock.
/// Called by <see cref="DemoData"/> with the structures and mesures it has just added (not yet saved).
/// </summary>
public static class CatalogueDemo
{
    private static readonly Dictionary<string, object?> SansArgument = [];

    /// <summary>Adds the demo actions and sessions, published through their process definitions.</summary>
    /// <param name="db">The unit of work holding the demo structures and mesures.</param>
    /// <param name="processus">The process service.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    public static async Task ChargerAsync(RafaelDbContext db, ProcessusService processus, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(processus);
        var le = time.GetUtcNow();
        var aujourdhui = DatesCatalogue.Aujourdhui(time);
        Guid Structure(string nom) => db.Structures.Local.Single(s => s.Nom == nom).Id;
        var mesures = db.Mesures.Local.ToDictionary(m => m.Code);
        var dispositifs = db.Dispositifs.Local.ToDictionary(d => d.Id);
        var garonne = Structure("Institut de Formation Garonne");
        var pau = Structure("Campus des Métiers de Pau");
        var limousin = Structure("Atelier Formation Limousin");

        // Non-funded offer: created by the OFs, validated, published by an administrator.
        var libres = new (Guid Of, string Intitule, ObjectifGeneral Objectif, string? Rncp, string Ville, string Cp, int Heures)[]
        {
            (garonne, "Développeur web et web mobile", ObjectifGeneral.Certification, "RNCP37674", "Bordeaux", "33000", 700),
            (garonne, "Bureautique : tableur et traitement de texte", ObjectifGeneral.Perfectionnement, null, "Bordeaux", "33000", 35),
            (garonne, "Anglais professionnel", ObjectifGeneral.Perfectionnement, null, "Mérignac", "33700", 60),
            (pau, "Assistant de vie aux familles", ObjectifGeneral.Certification, "RNCP34690", "Pau", "64000", 840),
            (pau, "Sauveteur secouriste du travail", ObjectifGeneral.Professionnalisation, null, "Pau", "64000", 14),
            (limousin, "Soudeur TIG", ObjectifGeneral.Certification, "RNCP35982", "Limoges", "87000", 910),
        };
        var n = 0;
        foreach (var l in libres)
        {
            var action = ActionFormation.CreerNonConventionnee(await ReferencesCatalogue.ProchaineActionAsync(db, cancellationToken), l.Of, Saisie(l.Intitule, l.Objectif, l.Rncp, l.Heures), le);
            db.Actions.Add(action);
            await processus.DemarrerAsync(action, ActionFormation.DefinitionNonConventionnee, CatalogueService.TypeSujet, action.Id.ToString(), new WorkflowContext { Roles = [] }, cancellationToken);
            var debut = aujourdhui.AddDays(20 + (7 * n++));
            await AjouterSessionAsync(db, processus, action, SaisieSession(action, l.Ville, l.Cp, debut, debut.AddDays(Math.Max(1, l.Heures / 7)), null), null, le, cancellationToken);
            await PublierAsync(processus, action, ["of-general", RolesCatalogue.Administrateur], 1, le, cancellationToken);
        }

        // Funded offer: brought by the funders, with sessions on the demo mesures.
        var financees = new (Guid Of, string Intitule, ObjectifGeneral Objectif, string? Rncp, string Ville, string Cp, int Heures, string Mesure, decimal Coefficient)[]
        {
            (garonne, "Technicien d'assistance informatique", ObjectifGeneral.Certification, "RNCP37681", "Bordeaux", "33000", 800, "PRF-QUALIF", 2),
            (garonne, "Remise à niveau : français et mathématiques", ObjectifGeneral.RemiseANiveau, null, "Bordeaux", "33000", 200, "PRF-SAVOIRS", 1.5m),
            (pau, "Agent de restauration", ObjectifGeneral.Certification, "RNCP37859", "Pau", "64000", 600, "PRF-QUALIF", 2),
            (pau, "Compétences clés et savoirs de base", ObjectifGeneral.RemiseANiveau, null, "Pau", "64000", 300, "HSP-SAVOIRS", 1),
            (limousin, "Préparateur de commandes en entrepôt", ObjectifGeneral.Professionnalisation, null, "Limoges", "87000", 400, "POEC", 3),
            (garonne, "Conseiller de vente", ObjectifGeneral.Certification, "RNCP37098", "Bordeaux", "33000", 399, "POEC", 2),
        };
        foreach (var f in financees)
        {
            var mesure = mesures[f.Mesure];
            var dispositif = dispositifs[mesure.DispositifId];
            var action = ActionFormation.CreerConventionnee(await ReferencesCatalogue.ProchaineActionAsync(db, cancellationToken), f.Of, dispositif.FinanceurId, null, Saisie(f.Intitule, f.Objectif, f.Rncp, f.Heures), le);
            db.Actions.Add(action);
            await processus.DemarrerAsync(action, ActionFormation.DefinitionConventionnee, CatalogueService.TypeSujet, action.Id.ToString(), new WorkflowContext { Roles = [] }, cancellationToken);
            var debut = aujourdhui.AddDays(30 + (7 * n++));
            var saisie = new FinancementSaisi
            {
                MesureId = mesure.Id,
                NumeroMarche = $"2026-{dispositif.Code}-{n:D3}",
                EffectifMinimal = 6,
                Places = 12,
                CapaciteAccueil = 14,
                Coefficient = f.Coefficient,
                DateLimiteInscription = debut.AddDays(-5),
                DateLimiteEntreeTardive = debut.AddDays(10),
                RatioSuiteParcours = 70,
            };
            var financement = new FinancementResolu(saisie, mesure.Id, dispositif.Id, dispositif.Code, dispositif.FinanceurId);
            await AjouterSessionAsync(db, processus, action, SaisieSession(action, f.Ville, f.Cp, debut, debut.AddDays(Math.Max(1, f.Heures / 5)), 35), financement, le, cancellationToken);
            await processus.DeclencherAsync(action, CatalogueService.TypeSujet, action.Id.ToString(), "valider", SansArgument, new WorkflowContext { Roles = [RolesCatalogue.Systeme] }, cancellationToken);
            await PublierAsync(processus, action, [RolesCatalogue.Systeme], 1, le, cancellationToken);
        }
    }

    private static async Task PublierAsync(ProcessusService processus, ActionFormation action, string[] roles, int sessions, DateTimeOffset le, CancellationToken cancellationToken)
    {
        var contexte = new WorkflowContext { Roles = roles, RuleInputs = new RuleInputs { ["action"] = new ActionFaits(sessions) } };
        if (!action.Conventionnee)
        {
            await processus.DeclencherAsync(action, CatalogueService.TypeSujet, action.Id.ToString(), "valider", SansArgument, contexte, cancellationToken);
        }

        await processus.DeclencherAsync(action, CatalogueService.TypeSujet, action.Id.ToString(), "publier", SansArgument, contexte, cancellationToken);
        action.EnregistrerPublication(le);
    }

    private static async Task AjouterSessionAsync(RafaelDbContext db, ProcessusService processus, ActionFormation action, SaisieSession saisie, FinancementResolu? financement, DateTimeOffset le, CancellationToken cancellationToken)
    {
        var reference = await ReferencesCatalogue.ProchaineSessionAsync(db, cancellationToken);
        var session = financement is null
            ? Session.Creer(reference, action, saisie, le)
            : Session.CreerConventionnee(reference, action, saisie, financement, null, le);
        db.Sessions.Add(session);
        await processus.DemarrerAsync(session, Session.Definition, SessionsService.TypeSujet, session.Id.ToString(), new WorkflowContext { Roles = [], Dates = session.DatesProcessus() }, cancellationToken);
    }

    private static SaisieAction Saisie(string intitule, ObjectifGeneral objectif, string? rncp, int heures) => new()
    {
        Intitule = intitule,
        PlusDeLaFormation = "Des formateurs issus du métier et un accompagnement individualisé vers l'emploi.",
        LienWeb = "https://www.demo.rafael.fr/formations",
        ObjectifGeneral = objectif,
        Objectifs = $"Acquérir les compétences du métier : {intitule.ToLowerInvariant()}.",
        Programme = "- Découverte du métier\n- Apports techniques\n- Mises en situation\n- Période en entreprise",
        Validation = rncp is null ? ValidationFormation.AttestationFinFormation : ValidationFormation.CertificationRncp,
        Certifications = rncp is null ? [] : [new CertificationAction(rncp, intitule)],
        Durees = [new DureeFormation(ModaliteDuree.CoursDuJour, heures)],
        ConditionsAcces = "RAS",
        Prerequis = "Savoir lire, écrire et compter.",
        Contacts = [new ContactFormation("Accueil formation", "05 56 00 00 00", "formation@demo.rafael.fr")],
    };

    private static SaisieSession SaisieSession(ActionFormation action, string ville, string cp, DateOnly debut, DateOnly fin, decimal? heuresHebdomadaires) => new()
    {
        VoieAcces = VoieAcces.FormationContinue,
        HorsAlternance = true,
        Contact = new ContactFormation("Accueil formation", "05 56 00 00 00", "formation@demo.rafael.fr"),
        Certifications = [.. action.Certifications.Select(c => new CertificationSession(c.Code, TypeValidationCertification.Totale, []))],
        DateDebut = debut,
        DateFin = fin,
        TypeEntree = TypeEntree.DatesFixes,
        InformationsCollectives = [new ReunionInformation(DatesCatalogue.MinuitParis(debut.AddDays(-10)).AddHours(9.5), $"Centre de formation, {ville}")],
        Lieu = new LieuFormation("Centre de formation, 1 place de la Formation", cp, ville),
        HeuresHebdomadaires = heuresHebdomadaires,
    };
}
