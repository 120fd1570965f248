using Microsoft.Playwright;
using Rafael.Portal.Tests.Support;

namespace Rafael.Portal.Tests;

/// <summary>The administrators' pages, and acting for an account with the visible banner (ACC-10).</summary>
public sealed class AdministrationTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Theory]
    [InlineData("/admin/structures", "Structures", "07-admin-structures")]
    [InlineData("/admin/dispositifs", "Dispositifs et mesures", "08-admin-dispositifs")]
    [InlineData("/admin/droits", "Droits de préinscription", "09-admin-droits")]
    [InlineData("/admin/messages", "Messages parqués", "10-admin-messages")]
    [InlineData("/admin/comptes", "Comptes et assistance", "11-admin-comptes")]
    [InlineData("/admin/emails", "Emails envoyés", "14-admin-emails")]
    public async Task Chaque_page_d_administration_s_affiche_sans_defaut_d_accessibilite(string adresse, string titre, string capture)
    {
        var page = await host.PageAsync();
        await Portail.ConnecterAsync(page, "admin@demo.rafael.fr");
        await page.GotoAsync(adresse);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = titre, Level = 1 })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Portail.CaptureAsync(page, capture);
        await Portail.VerifierAccessibiliteAsync(page);
    }

    [Fact]
    public async Task L_administrateur_agit_pour_un_compte_avec_un_bandeau_puis_rend_la_main()
    {
        var page = await host.PageAsync();
        await Portail.ConnecterAsync(page, "admin@demo.rafael.fr");
        await page.GotoAsync("/admin/comptes");
        await page.GetByLabel("Nom ou email").FillAsync("prescripteur1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Agir pour ce compte : Hugo Conseiller" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("bandeau-controle")).ToContainTextAsync("Vous agissez pour le compte de Hugo Conseiller");
        await Assertions.Expect(page.GetByTestId("profil-courant")).ToContainTextAsync("Prescripteur Niveau 1");
        await Portail.CaptureAsync(page, "12-assistance-bandeau");
        await Portail.VerifierAccessibiliteAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Rendre la main" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("bandeau-controle")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Comptes et assistance" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Une_personne_qui_n_est_pas_administrateur_n_a_pas_le_menu_ni_les_donnees()
    {
        var page = await host.PageAsync();
        await Portail.ConnecterAsync(page, "referent.of@demo.rafael.fr");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Messages parqués" })).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/messages");
        await Assertions.Expect(page.GetByTestId("probleme")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Sur_une_tablette_le_menu_se_replie_et_la_page_reste_lisible()
    {
        var page = await host.PageAsync(largeur: 820, hauteur: 1180);
        await Portail.ConnecterAsync(page, "admin@demo.rafael.fr");
        await page.GotoAsync("/admin/droits");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Droits de préinscription", Level = 1 })).ToBeVisibleAsync();
        var largeur = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(largeur <= 820, $"La page déborde horizontalement sur une tablette ({largeur} px).");
        await Portail.CaptureAsync(page, "13-tablette-droits");
    }
}
