using System.Text.Json;
using Microsoft.Playwright;
using Rafael.Portal.Tests.Support;

namespace Rafael.Portal.Tests;

/// <summary>CIR-01, CIR-05, CIR-07 in the browser: an OF creates an action with a session and validates it twice, an
/// administrator publishes it from the check queue, and it appears in the OF's Publiées tab; an Alerte shows its text.</summary>
public sealed class PublicationTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Un_OF_cree_une_action_avec_une_session_et_un_administrateur_la_publie()
    {
        const string intitule = "Chaudronnier – parcours qualifiant";
        var of = await host.PageAsync();
        await Portail.ConnecterAsync(of, "catalogue.of@demo.rafael.fr");
        await of.GetByRole(AriaRole.Link, new() { Name = "Nouvelle action", Exact = true }).ClickAsync();
        await of.GetByLabel("Intitulé").FillAsync(intitule);
        await CatalogueTests.ChoisirAsync(of, "Objectif général", "Professionnalisation");
        await CatalogueTests.ChoisirAsync(of, "Validation", "Attestation de fin de formation");
        await of.GetByLabel("Objectifs").FillAsync("Fabriquer des ensembles chaudronnés.");
        await of.GetByLabel("Programme").FillAsync("Traçage, découpe, formage, assemblage.");
        await of.GetByLabel("Conditions d'accès réglementaires").FillAsync("Visite médicale d'aptitude.");
        await of.GetByLabel("Prérequis pédagogiques").FillAsync("Savoir lire et compter.");
        await of.GetByLabel("Heures (modalité 1)").FillAsync("600");
        await of.GetByRole(AriaRole.Button, new() { Name = "Créer l'action" }).ClickAsync();
        await Assertions.Expect(of.GetByRole(AriaRole.Heading, new() { Name = intitule })).ToBeVisibleAsync();
        await Assertions.Expect(of.GetByTestId("statut-action")).ToHaveTextAsync("Brouillon");

        await of.GetByLabel("Date de début").FillAsync("04/10/2027");
        await of.GetByLabel("Date de début").PressAsync("Tab");
        await of.GetByLabel("Date de fin").FillAsync("25/02/2028");
        await of.GetByLabel("Date de fin").PressAsync("Tab");
        await of.GetByLabel("Lieu : rue").FillAsync("3 rue de l'Industrie");
        await of.GetByLabel("Lieu : code postal").FillAsync("33520");
        await of.GetByLabel("Lieu : ville").FillAsync("Bruges");
        await of.GetByRole(AriaRole.Button, new() { Name = "Ajouter la session" }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("sessions-action")).ToContainTextAsync("Bruges");

        // Double validation: the first click only asks for confirmation, nothing changes until the second.
        await of.GetByRole(AriaRole.Button, new() { Name = "Valider l'action" }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("confirmation-validation")).ToBeVisibleAsync();
        await Assertions.Expect(of.GetByTestId("statut-action")).ToHaveTextAsync("Brouillon");
        await Portail.CaptureAsync(of, "20-double-validation");
        await Portail.VerifierAccessibiliteAsync(of);
        await of.GetByRole(AriaRole.Button, new() { Name = "Confirmer la validation" }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("statut-action")).ToHaveTextAsync("Créée (à vérifier)");
        var reference = await ReferenceAsync(of);

        await of.GetByRole(AriaRole.Link, new() { Name = "Mon catalogue" }).ClickAsync();
        await of.GetByTestId("onglet-creee").ClickAsync();
        await Assertions.Expect(of.GetByTestId("actions")).ToContainTextAsync(intitule);

        var admin = await host.PageAsync();
        await Portail.ConnecterAsync(admin, "admin@demo.rafael.fr");
        await admin.GotoAsync("/admin/a-verifier");
        var ligne = admin.GetByTestId("a-verifier").Locator("tr").Filter(new() { HasText = reference });
        await Assertions.Expect(ligne).ToContainTextAsync(intitule);
        await Portail.CaptureAsync(admin, "21-actions-a-verifier");
        await Portail.VerifierAccessibiliteAsync(admin);
        await ligne.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("a-verifier").Or(admin.GetByTestId("vide")).First).Not.ToContainTextAsync(reference);

        await of.GetByTestId("onglet-publiee").ClickAsync();
        await Assertions.Expect(of.GetByTestId("actions")).ToContainTextAsync(intitule);
        await Assertions.Expect(of.GetByTestId("onglet-publiee")).ToHaveAttributeAsync("aria-current", "page");
        await Portail.CaptureAsync(of, "22-catalogue-publiees");
        await Portail.VerifierAccessibiliteAsync(of);
        await of.GetByTestId("actions").GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("statut-action")).ToHaveTextAsync("Publiée");
    }

    [Fact]
    public async Task Une_action_en_alerte_montre_la_demande_de_l_administrateur()
    {
        const string demande = "Précisez l'habilitation à délivrer la certification visée.";
        var of = await host.PageAsync();
        await Portail.ConnecterAsync(of, "referent.of@demo.rafael.fr");
        var id = await CreerEtValiderAsync(of, "Soudeur semi-automatique – alerte");

        var admin = await host.PageAsync();
        await Portail.ConnecterAsync(admin, "admin@demo.rafael.fr");
        await admin.GotoAsync($"/actions/{id}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Mettre en Alerte" }).ClickAsync();

        // Sent without text: refused, the field says why, the action stays Créée.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande (Alerte)" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("probleme")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("statut-action")).ToHaveTextAsync("Créée (à vérifier)");

        await admin.GetByLabel("Demande de complément à l'organisme").FillAsync(demande);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande (Alerte)" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("statut-action")).ToHaveTextAsync("Alerte");

        await of.GotoAsync("/catalogue?onglet=alerte");
        await Assertions.Expect(of.GetByTestId("demande-alerte").First).ToHaveTextAsync(demande);
        await Portail.CaptureAsync(of, "23-catalogue-alerte");
        await Portail.VerifierAccessibiliteAsync(of);
        await of.GotoAsync($"/actions/{id}");
        await Assertions.Expect(of.GetByTestId("demande-complements")).ToContainTextAsync(demande);
        await Assertions.Expect(of.GetByRole(AriaRole.Button, new() { Name = "Valider l'action" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Les_onglets_du_catalogue_comptent_filtrent_et_trient()
    {
        var of = await host.PageAsync();
        await Portail.ConnecterAsync(of, "referent.of@demo.rafael.fr");
        await of.GotoAsync("/catalogue");
        var onglets = of.GetByTestId("onglets");
        foreach (var libelle in new[] { "Alerte", "Publiées", "Créées", "Modifiées", "Mes brouillons", "Archivées", "Supprimées" })
        {
            await Assertions.Expect(onglets).ToContainTextAsync(libelle);
        }

        await Assertions.Expect(of.GetByTestId("onglet-publiee")).Not.ToContainTextAsync("…");
        await Assertions.Expect(of.GetByTestId("actions")).ToBeVisibleAsync();
        await Portail.CaptureAsync(of, "24-catalogue-onglets");
        await Portail.VerifierAccessibiliteAsync(of);

        await of.GetByLabel("Intitulé ou référence").FillAsync("aucune action ne porte ce nom");
        await of.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("vide")).ToContainTextAsync("retirez le filtre");

        await of.GetByRole(AriaRole.Link, new() { Name = "Actions conventionnées" }).ClickAsync();
        await Assertions.Expect(onglets).ToContainTextAsync("En attente de validation");
        await Assertions.Expect(onglets).ToContainTextAsync("En attente de publication");
        await Assertions.Expect(of.GetByTestId("actions").Or(of.GetByTestId("vide")).First).ToBeVisibleAsync();
        await Portail.CaptureAsync(of, "25-catalogue-conventionnees");
        await Portail.VerifierAccessibiliteAsync(of);

        var prescripteur = await host.PageAsync();
        await Portail.ConnecterAsync(prescripteur, "prescripteur1@demo.rafael.fr");
        await prescripteur.GotoAsync("/catalogue");
        await Assertions.Expect(prescripteur.GetByTestId("probleme")).ToContainTextAsync("CAT-03");
    }

    /// <summary>Creates a valid action with a session through the Api with the page's cookies, validates it, returns its id.</summary>
    internal static async Task<Guid> CreerEtValiderAsync(IPage page, string intitule)
    {
        var action = await JsonAsync(await page.APIRequest.PostAsync("/api/actions", new() { DataObject = new
        {
            intitule,
            objectifGeneral = "Professionnalisation",
            objectifs = "Souder en sécurité.",
            programme = "- Sécurité\n- Soudage",
            validation = "AttestationFinFormation",
            certifications = Array.Empty<object>(),
            durees = new[] { new { modalite = "CoursDuJour", heures = 400 } },
            conditionsAcces = "RAS",
            prerequis = "Aucun.",
            contacts = Array.Empty<object>(),
        } }));
        var id = action.GetProperty("id").GetGuid();
        await JsonAsync(await page.APIRequest.PostAsync($"/api/actions/{id}/sessions", new() { DataObject = new
        {
            voieAcces = "FormationContinue",
            horsAlternance = true,
            dateDebut = "2027-09-06",
            dateFin = "2027-12-17",
            typeEntree = "DatesFixes",
            lieu = new { ligne = "12 quai de Bacalan", codePostal = "33300", ville = "Bordeaux" },
        } }));
        await JsonAsync(await page.APIRequest.PostAsync($"/api/actions/{id}/valider", new() { DataObject = new { confirmation = true } }));
        return id;
    }

    private static async Task<JsonElement> JsonAsync(IAPIResponse reponse)
    {
        var texte = await reponse.TextAsync();
        Assert.True(reponse.Ok, $"{reponse.Status} {reponse.Url} : {texte}");
        return JsonDocument.Parse(texte).RootElement.Clone();
    }

    private static async Task<string> ReferenceAsync(IPage page) => (await page.GetByTestId("reference-action").InnerTextAsync()).Trim();
}
