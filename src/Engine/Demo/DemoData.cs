using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Comptes;
using Rafael.Engine.Demandes;
using Rafael.Engine.Habilitations;
using Rafael.Engine.Persistence;
using Rafael.Engine.Rattachements;
using Rafael.Engine.Structures;

namespace Rafael.Engine.Demo;

/// <summary>
/// A realistic demo set for Nouvelle-Aquitaine, loaded on first start of an empty database when
/// <c>Rafael:DemoData</c> is true. Every demo account shares <see cref="MotDePasse"/>: it is a demo, never production.
/// </summary>
public static class DemoData
{
    /// <summary>The shared password of the demo accounts (demo only).</summary>
    public const string MotDePasse = "Demo-Rafael-2026!";

    /// <summary>Loads the demo set when the database has no structure yet.</summary>
    /// <param name="db">The unit of work.</param>
    /// <param name="comptes">Identity, to hash the demo password.</param>
    /// <param name="processus">Starts the demo's pending request on its process definition.</param>
    /// <param name="time">The clock.</param>
    /// <param name="services">When given, the demo candidatures are then made through the real services (after the rest is saved).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>True when loaded, false when the database already had data.</returns>
    public static async Task<bool> ChargerAsync(RafaelDbContext db, UserManager<Compte> comptes, Processus.ProcessusService processus, TimeProvider time, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(comptes);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.Structures.AnyAsync(cancellationToken))
        {
            return false;
        }

        var le = time.GetUtcNow();
        Structure S(string raison, string nom, string? sigle, string siret13, string ligne, string cp, string ville, TypesStructure types)
        {
            var s = new Structure(raison, nom, sigle, DemoSiret.Completer(siret13), new AdresseStructure(ligne, cp, ville, cp[..2]), types, le);
            db.Structures.Add(s);
            return s;
        }

        var capMetiers = S("GIP Cap Métiers Nouvelle-Aquitaine", "Cap Métiers Nouvelle-Aquitaine", "CAP METIERS", "1300012300001", "102 avenue de Canéjan", "33600", "Pessac", TypesStructure.Administration);
        var region = S("Région Nouvelle-Aquitaine", "Région Nouvelle-Aquitaine", "RNA", "2000537230001", "14 rue François de Sourdis", "33000", "Bordeaux", TypesStructure.Financeur);
        var franceTravailDr = S("France Travail", "France Travail Direction régionale Nouvelle-Aquitaine", "FT DR NA", "1300054950001", "18 rue Ferrère", "33000", "Bordeaux", TypesStructure.Financeur);
        var agence = S("France Travail", "France Travail Bordeaux Bastide", "FT BASTIDE", "1300054950123", "10 quai de Queyries", "33100", "Bordeaux", TypesStructure.Prescripteur);
        var missionLocale = S("Association Mission locale de la Vienne", "Mission locale de Poitiers", "MLV", "7789012340001", "5 rue de la Cathédrale", "86000", "Poitiers", TypesStructure.Prescripteur);
        var capEmploi = S("Cap emploi Gironde", "Cap emploi Gironde", null, "4419876500001", "45 cours du Médoc", "33300", "Bordeaux", TypesStructure.Prescripteur);
        var garonne = S("Institut de Formation Garonne SAS", "Institut de Formation Garonne", "IFG", "8123456780001", "12 rue des Chartrons", "33000", "Bordeaux", TypesStructure.OrganismeFormation);
        var pau = S("Campus des Métiers du Béarn", "Campus des Métiers de Pau", "CMB", "8234567890001", "3 avenue du Loup", "64000", "Pau", TypesStructure.OrganismeFormation);
        var limousin = S("Atelier Formation Limousin SARL", "Atelier Formation Limousin", "AFL", "8345678900001", "28 boulevard Gambetta", "87000", "Limoges", TypesStructure.OrganismeFormation | TypesStructure.Employeur);
        limousin.Modifier(limousin.RaisonSociale, limousin.Nom, limousin.Sigle, limousin.Siret, limousin.Adresse, limousin.Types, qualiopiApprentissage: true);

        // Numéros de déclaration d'activité (fictitious, 11 digits): the LHEO feed requires one of every Responsable.
        garonne.DeclarerActivite("75331234533");
        pau.DeclarerActivite("72640987664");
        limousin.DeclarerActivite("74870456787");

        var prf = new Dispositif("PRF", "Programme régional de formation", region.Id);
        var hsp = new Dispositif("HSP", "Habilitation de service public", region.Id);
        var poec = new Dispositif("POEC", "Préparation opérationnelle à l'emploi collective", franceTravailDr.Id);
        db.Dispositifs.AddRange(prf, hsp, poec);
        var prfQualif = new Mesure(prf.Id, "PRF-QUALIF", "Parcours qualifiants");
        var prfSavoirs = new Mesure(prf.Id, "PRF-SAVOIRS", "Savoirs de base et remise à niveau");
        var hspMesure = new Mesure(hsp.Id, "HSP-SAVOIRS", "Compétences clés (HSP)");
        var poecMesure = new Mesure(poec.Id, "POEC", "POEC collective");
        db.Mesures.AddRange(prfQualif, prfSavoirs, hspMesure, poecMesure);
        foreach (var (structure, mesure) in new[]
        {
            (agence, prfQualif), (agence, prfSavoirs), (agence, hspMesure), (agence, poecMesure),
            (missionLocale, prfQualif), (missionLocale, prfSavoirs), (missionLocale, hspMesure),
            (capEmploi, prfQualif),
        })
        {
            db.DroitsPreinscription.Add(new DroitPreinscription(structure.Id, mesure.Id, le));
        }

        async Task<Compte> C(string email, string prenom, string nom, params (Structure Structure, ProfilGestion? Profil, bool Referent)[] rattachements)
        {
            var compte = new Compte(email, prenom, nom, "05 56 00 00 00", le);
            compte.Activer();
            DemandesService.ExigerSucces(await comptes.CreateAsync(compte, MotDePasse));
            foreach (var (structure, profil, referent) in rattachements)
            {
                var r = new Rattachement(compte.Id, structure.Id, le);
                if (profil is { } p)
                {
                    r.AttribuerProfil(p, structure);
                }

                if (referent)
                {
                    r.NommerReferent();
                }

                db.Rattachements.Add(r);
            }

            compte.ChoisirStructureCourante(rattachements[0].Structure.Id);
            return compte;
        }

        var admin = await C("admin@demo.rafael.fr", "Claire", "Administratrice", (capMetiers, null, true));
        admin.NommerAdministrateur();
        await C("referent.of@demo.rafael.fr", "Julien", "Garonne", (garonne, ProfilGestion.GestionnaireOfGeneral, true), (pau, ProfilGestion.GestionnaireOfPreinscription, false));
        await C("catalogue.of@demo.rafael.fr", "Sophie", "Catalogue", (garonne, ProfilGestion.GestionnaireOfCatalogue, false));
        await C("preinscription.of@demo.rafael.fr", "Karim", "Recrutement", (garonne, ProfilGestion.GestionnaireOfPreinscription, false));
        await C("referent.pau@demo.rafael.fr", "Maite", "Etcheverry", (pau, ProfilGestion.GestionnaireOfGeneral, true));
        await C("referent.limousin@demo.rafael.fr", "Paul", "Limousin", (limousin, ProfilGestion.GestionnaireOfGeneral, true));
        await C("prescripteur3@demo.rafael.fr", "Nadia", "Conseillère", (agence, ProfilGestion.PrescripteurNiveau3, true));
        await C("prescripteur1@demo.rafael.fr", "Hugo", "Conseiller", (agence, ProfilGestion.PrescripteurNiveau1, false));
        await C("prescripteur2@demo.rafael.fr", "Léa", "Mission", (missionLocale, ProfilGestion.PrescripteurNiveau2, true));
        await C("capemploi@demo.rafael.fr", "Marc", "Insertion", (capEmploi, ProfilGestion.PrescripteurNiveau3, true));
        await C("financeur@demo.rafael.fr", "Anne", "Région", (region, ProfilGestion.GestionnaireFinanceur, true));
        await C("financeur.ft@demo.rafael.fr", "Yves", "Financement", (franceTravailDr, ProfilGestion.GestionnaireFinanceur, true));

        // One pending request, so that the référent of the Institut Garonne has something to validate.
        var nouveau = new Compte("nouveau.formateur@demo.rafael.fr", "Inès", "Nouvelle", null, le);
        DemandesService.ExigerSucces(await comptes.CreateAsync(nouveau, MotDePasse));
        var enAttente = Demande.DemanderCompte(nouveau.Id, garonne.Id, "Je rejoins l'équipe recrutement.", le);
        db.Demandes.Add(enAttente);
        await processus.DemarrerAsync(enAttente, Demande.Definition, "demande", enAttente.Id.ToString(), new Workflows.Runtime.WorkflowContext { Roles = [] }, cancellationToken);

        await CatalogueDemo.ChargerAsync(db, processus, time, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (services is not null)
        {
            await CandidaturesDemo.ChargerAsync(services, cancellationToken);
        }

        return true;
    }
}
