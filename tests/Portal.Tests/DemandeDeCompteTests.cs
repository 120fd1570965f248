using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rafael.Portal.Tests.Support;

namespace Rafael.Portal.Tests;

/// <summary>ACC-05 to ACC-08 in the browser: someone asks for an account, the référent validates it, the person signs in.</summary>
public sealed class DemandeDeCompteTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Une_demande_de_compte_validee_par_le_referent_permet_de_se_connecter()
    {
        var email = $"camille.{Guid.NewGuid():N}"[..20] + "@exemple.fr";
        var visiteur = await host.PageAsync();
        await visiteur.GotoAsync("/demande-de-compte");
        await visiteur.GetByRole(AriaRole.Heading, new() { Name = "Demander un compte" }).WaitForAsync();

        // Sent empty: the summary banner and each field say what is missing, nothing is created.
        await visiteur.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
        await Assertions.Expect(visiteur.GetByTestId("probleme")).ToContainTextAsync("Le prénom est obligatoire.");
        await Assertions.Expect(visiteur.GetByText("Choisissez votre structure", new() { Exact = false }).First).ToBeVisibleAsync();
        await Portail.CaptureAsync(visiteur, "03-demande-de-compte-erreurs");

        await visiteur.GetByLabel("Prénom").FillAsync("Camille");
        await visiteur.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex(@"^Nom\*?$") }).FillAsync("Formatrice");
        await visiteur.GetByLabel("Adresse email").FillAsync(email);
        await visiteur.GetByLabel("Mot de passe").FillAsync("Formation-2026-ok");
        await visiteur.GetByLabel("Rechercher une structure").FillAsync("Garonne");
        await visiteur.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await visiteur.GetByText("Institut de Formation Garonne", new() { Exact = false }).First.ClickAsync();
        await Portail.VerifierAccessibiliteAsync(visiteur);
        await visiteur.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
        await Assertions.Expect(visiteur.GetByTestId("demande-deposee")).ToContainTextAsync("Institut de Formation Garonne");

        var referent = await host.PageAsync();
        await Portail.ConnecterAsync(referent, "referent.of@demo.rafael.fr");
        await referent.GotoAsync("/demandes");
        var demande = referent.GetByTestId("demande").Filter(new() { HasText = email });
        await Assertions.Expect(demande).ToBeVisibleAsync();
        await Portail.CaptureAsync(referent, "04-demandes-a-traiter");
        await Portail.VerifierAccessibiliteAsync(referent);

        await demande.Locator(".mud-select").First.ClickAsync();
        await referent.Locator(".mud-popover-open").GetByText("Gestionnaire OF catalogue formation", new() { Exact = true }).ClickAsync();
        await demande.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
        await Assertions.Expect(referent.GetByTestId("demande").Filter(new() { HasText = email })).ToHaveCountAsync(0);

        await referent.GotoAsync("/mes-structures");
        await referent.GetByRole(AriaRole.Link, new() { Name = "Utilisateurs et profils" }).First.ClickAsync();
        await Assertions.Expect(referent.GetByTestId("membres")).ToContainTextAsync(email);
        await Portail.CaptureAsync(referent, "05-utilisateurs-de-la-structure");
        await Portail.VerifierAccessibiliteAsync(referent);

        var nouvelle = await host.PageAsync();
        await nouvelle.GotoAsync("/connexion");
        await nouvelle.GetByLabel("Adresse email").FillAsync(email);
        await nouvelle.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync("Formation-2026-ok");
        await nouvelle.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
        await Assertions.Expect(nouvelle.GetByTestId("profil-courant")).ToContainTextAsync("Gestionnaire OF catalogue formation");
    }

    [Fact]
    public async Task Un_prescripteur_sans_droit_de_referent_ne_voit_pas_la_file_des_demandes()
    {
        var page = await host.PageAsync();
        await Portail.ConnecterAsync(page, "prescripteur1@demo.rafael.fr");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Demandes à traiter" })).ToHaveCountAsync(0);
        await page.GotoAsync("/mon-compte");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Mon compte" }).WaitForAsync();
        await Portail.CaptureAsync(page, "06-mon-compte");
        await Portail.VerifierAccessibiliteAsync(page);
        await page.GotoAsync("/mes-structures");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Mes structures" }).WaitForAsync();
        await Portail.VerifierAccessibiliteAsync(page);
    }
}
