using Microsoft.Playwright;
using Rafael.Portal.Tests.Support;

namespace Rafael.Portal.Tests;

/// <summary>CAT-05, CAT-07, CAT-11 in the browser: an OF describes an action, is told every missing field at once, is
/// warned of its published look-alikes, then adds a session.</summary>
public sealed class CatalogueTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Un_OF_cree_une_action_puis_une_session()
    {
        var page = await host.PageAsync();
        await Portail.ConnecterAsync(page, "catalogue.of@demo.rafael.fr");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle action", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Nouvelle action de formation" }).WaitForAsync();

        // Sent empty: the summary banner lists every missing field and each field shows its own message.
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'action" }).ClickAsync();
        var bandeau = page.GetByTestId("probleme");
        await Assertions.Expect(bandeau).ToContainTextAsync("Intitulé");
        await Assertions.Expect(bandeau).ToContainTextAsync("objectif général");
        await Portail.CaptureAsync(page, "15-nouvelle-action-erreurs");
        await Portail.VerifierAccessibiliteAsync(page);

        await page.GetByLabel("Intitulé").FillAsync("Soudeur TIG – parcours complet");
        await ChoisirAsync(page, "Objectif général", "Professionnalisation");
        await ChoisirAsync(page, "Validation", "Attestation de fin de formation");
        await page.GetByLabel("Objectifs").FillAsync("Maîtriser le soudage TIG sur acier et inox.");
        await page.GetByLabel("Programme").FillAsync("Sécurité, lecture de plans, soudage à plat puis en position.");
        await page.GetByLabel("Conditions d'accès réglementaires").FillAsync("Visite médicale d'aptitude.");
        await page.GetByLabel("Prérequis pédagogiques").FillAsync("Savoir lire et compter.");
        await page.GetByLabel("Heures (modalité 1)").FillAsync("420");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'action" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Soudeur TIG – parcours complet" })).ToBeVisibleAsync();
        await page.GetByLabel("Date de début").FillAsync("07/09/2027");
        await page.GetByLabel("Date de début").PressAsync("Tab");
        await page.GetByLabel("Date de fin").FillAsync("18/12/2027");
        await page.GetByLabel("Date de fin").PressAsync("Tab");
        await page.GetByLabel("Lieu : rue").FillAsync("12 quai de Bacalan");
        await page.GetByLabel("Lieu : code postal").FillAsync("33300");
        await page.GetByLabel("Lieu : ville").FillAsync("Bordeaux");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter la session" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("sessions-action")).ToContainTextAsync("07/09/2027");
        await Assertions.Expect(page.GetByTestId("sessions-action")).ToContainTextAsync("Bordeaux");
        await Portail.CaptureAsync(page, "16-action-et-session");
        await Portail.VerifierAccessibiliteAsync(page);
    }

    [Fact]
    public async Task Un_OF_est_averti_de_ses_actions_publiees_qui_ressemblent_avant_de_creer()
    {
        // The demo publishes « Bureautique : tableur et traitement de texte » (no certification) for Institut de Formation Garonne.
        var page = await host.PageAsync();
        await Portail.ConnecterAsync(page, "catalogue.of@demo.rafael.fr");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle action", Exact = true }).ClickAsync();
        await page.GetByLabel("Intitulé").FillAsync("BUREAUTIQUE :  tableur et traitement de texte");
        await CatalogueTests.ChoisirAsync(page, "Objectif général", "Perfectionnement");
        await CatalogueTests.ChoisirAsync(page, "Validation", "Attestation de fin de formation");
        await page.GetByLabel("Objectifs").FillAsync("Produire des documents et des tableaux soignés.");
        await page.GetByLabel("Programme").FillAsync("Traitement de texte, tableur, mise en page.");
        await page.GetByLabel("Conditions d'accès réglementaires").FillAsync("Aucune.");
        await page.GetByLabel("Prérequis pédagogiques").FillAsync("Savoir utiliser une souris.");
        await page.GetByLabel("Heures (modalité 1)").FillAsync("35");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'action" }).ClickAsync();

        // Nothing is created yet: the warning lists the published look-alike with its reference, state and a link to it.
        var doublons = page.GetByTestId("doublons");
        await Assertions.Expect(doublons.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Une action publiée ressemble à celle-ci");
        await Assertions.Expect(doublons.GetByRole(AriaRole.Heading)).ToBeFocusedAsync();
        await Assertions.Expect(doublons).ToContainTextAsync("Bureautique : tableur et traitement de texte");
        await Assertions.Expect(doublons).ToContainTextAsync("Publiée");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nouvelle action de formation" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Créer l'action" })).ToHaveCountAsync(0);
        var lien = doublons.GetByRole(AriaRole.Link, new() { NameRegex = new("^Ouvrir l'action") });
        var existante = await lien.GetAttributeAsync("href");
        Assert.StartsWith("/catalogue/actions/", existante);
        await Portail.CaptureAsync(page, "17-doublons-nouvelle-action");
        await Portail.VerifierAccessibiliteAsync(page);

        // Back to the form, sent again: warned again; then the OF goes on knowingly.
        await doublons.GetByRole(AriaRole.Button, new() { Name = "Revenir à ma saisie" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'action" }).ClickAsync();
        await doublons.GetByRole(AriaRole.Button, new() { Name = "Créer quand même" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("statut-action")).ToHaveTextAsync("Brouillon");
        Assert.NotEqual(existante, new Uri(page.Url).AbsolutePath);

        // The link opens the published action.
        await page.GotoAsync(existante!);
        await Assertions.Expect(page.GetByTestId("statut-action")).ToHaveTextAsync("Publiée");
    }

    [Fact]
    public async Task Une_action_au_titre_nouveau_est_creee_sans_avertissement()
    {
        var page = await host.PageAsync();
        await Portail.ConnecterAsync(page, "catalogue.of@demo.rafael.fr");
        await page.GotoAsync("/catalogue/actions/nouvelle");
        await page.GetByLabel("Intitulé").FillAsync("Bureautique : tableur avancé");
        await CatalogueTests.ChoisirAsync(page, "Objectif général", "Perfectionnement");
        await CatalogueTests.ChoisirAsync(page, "Validation", "Attestation de fin de formation");
        await page.GetByLabel("Objectifs").FillAsync("Tableaux croisés et formules.");
        await page.GetByLabel("Programme").FillAsync("Formules, tableaux croisés, graphiques.");
        await page.GetByLabel("Conditions d'accès réglementaires").FillAsync("Aucune.");
        await page.GetByLabel("Prérequis pédagogiques").FillAsync("Bases du tableur.");
        await page.GetByLabel("Heures (modalité 1)").FillAsync("21");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'action" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("statut-action")).ToHaveTextAsync("Brouillon");
        await Assertions.Expect(page.GetByTestId("doublons")).ToHaveCountAsync(0);
    }

    internal static async Task ChoisirAsync(IPage page, string champ, string valeur)
    {
        await page.Locator(".mud-select").Filter(new() { HasText = champ }).First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(valeur, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }
}
