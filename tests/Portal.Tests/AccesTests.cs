using Microsoft.Playwright;
using Rafael.Portal.Tests.Support;

namespace Rafael.Portal.Tests;

/// <summary>The first screen, signing in and out, a wrong password.</summary>
public sealed class AccesTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task La_premiere_page_est_la_connexion_avec_les_comptes_de_demonstration()
    {
        var page = await host.PageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connexion", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("comptes-demo")).ToContainTextAsync("referent.of@demo.rafael.fr");
        await Portail.CaptureAsync(page, "01-connexion");
        await Portail.VerifierAccessibiliteAsync(page);
    }

    [Fact]
    public async Task Un_mauvais_mot_de_passe_est_refuse_en_francais()
    {
        var page = await host.PageAsync();
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Adresse email").FillAsync("referent.of@demo.rafael.fr");
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync("pas-le-bon-mot-de-passe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("probleme")).ToContainTextAsync("Email ou mot de passe incorrect.");
        await Assertions.Expect(page.GetByTestId("structure-courante")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Connexion_puis_deconnexion()
    {
        var page = await host.PageAsync();
        await Portail.ConnecterAsync(page, "referent.of@demo.rafael.fr");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bonjour Julien" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("profil-courant")).ToContainTextAsync("Gestionnaire OF général");
        await Portail.CaptureAsync(page, "02-accueil");
        await Portail.VerifierAccessibiliteAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Mon compte", Exact = true }).ClickAsync();
        await page.GetByText("Se déconnecter").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connexion", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_se_connecte_au_clavier_seul()
    {
        var page = await host.PageAsync();
        await page.GotoAsync("/connexion");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Connexion", Level = 1 }).WaitForAsync();

        await page.GetByLabel("Adresse email").FocusAsync();
        await page.Keyboard.TypeAsync("prescripteur3@demo.rafael.fr");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Portail.MotDePasse);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("profil-courant")).ToContainTextAsync("Prescripteur Niveau 3");
    }
}
