using System.Text.Json;
using Microsoft.Playwright;
using Rafael.Portal.Tests.Support;

namespace Rafael.Portal.Tests;

/// <summary>Issue 9 quality: the main pages at tablet width (768 px) stay usable and accessible; the OF's numéro de
/// déclaration d'activité on the structure form, refused when malformed.</summary>
public sealed class TabletteTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Theory]
    [InlineData("referent.of@demo.rafael.fr", "/catalogue", "50-tablette-catalogue")]
    [InlineData("referent.of@demo.rafael.fr", "/tableau-de-bord", "51-tablette-tableau-de-bord")]
    [InlineData("referent.of@demo.rafael.fr", "/candidatures", "52-tablette-candidatures")]
    [InlineData("referent.of@demo.rafael.fr", "/candidatures/sessions", "56-tablette-candidatures-par-session")]
    [InlineData("catalogue.of@demo.rafael.fr", "/catalogue/actions/nouvelle", "57-tablette-nouvelle-action")]
    [InlineData("prescripteur3@demo.rafael.fr", "/preinscription", "53-tablette-preinscription")]
    [InlineData("admin@demo.rafael.fr", "/admin/a-verifier", "54-tablette-a-verifier")]
    public async Task Les_pages_principales_tiennent_sur_une_tablette(string compte, string chemin, string capture)
    {
        var page = await host.PageAsync(768, 1024);
        await Portail.ConnecterAsync(page, compte);
        await page.GotoAsync(chemin);
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        await page.Locator("[role=progressbar]").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        // Nothing wider than the screen: no horizontal scrolling of the whole page.
        var largeur = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(largeur <= 768, $"{chemin} déborde : {largeur} px de large sur une tablette de 768 px.");
        await Portail.CaptureAsync(page, capture);
        await Portail.VerifierAccessibiliteAsync(page);
    }

    [Fact]
    public async Task Le_numero_de_declaration_d_activite_se_saisit_sur_la_structure()
    {
        var admin = await host.PageAsync();
        await Portail.ConnecterAsync(admin, "admin@demo.rafael.fr");
        var structures = JsonDocument.Parse(await (await admin.APIRequest.GetAsync("/api/structures/recherche?q=Limousin")).TextAsync()).RootElement;
        await admin.GotoAsync($"/admin/structures/{structures.EnumerateArray().First().GetProperty("id").GetGuid()}");
        var champ = admin.GetByLabel("Numéro de déclaration d'activité (11 chiffres)");
        await champ.FillAsync("12-AB");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("probleme")).ToBeVisibleAsync();

        await champ.FillAsync("75331234567");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByText("La structure est enregistrée.")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("probleme")).ToHaveCountAsync(0);
        await admin.ReloadAsync();
        await Assertions.Expect(admin.GetByLabel("Numéro de déclaration d'activité (11 chiffres)")).ToHaveValueAsync("75331234567");
        await Portail.CaptureAsync(admin, "55-structure-numero-activite");
        await Portail.VerifierAccessibiliteAsync(admin);
    }
}
