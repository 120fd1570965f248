using Microsoft.Playwright;
using Rafael.Studio.Tests.Support;

namespace Rafael.Studio.Tests;

/// <summary>axe-core on every page of the Studio, once its content is there.</summary>
public sealed class AccessibiliteTests(StudioHost host) : IClassFixture<StudioHost>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "documents/definitions", "Définitions de processus" },
        { "documents/regles", "Jeux de règles" },
        { "documents/modeles", "Modèles de messages" },
        { "documents/definitions/demande-compte", "demande-compte" },
        { "regles/candidature.preinscription", "Règles de candidature.preinscription" },
        { "parametres", "Paramètres par dispositif" },
        { "editeur/demande-compte", "Éditeur de demande-compte" },
        { "simulation", "Simulation" },
        { "instances", "Instances" },
        { "instances?type=candidature", "Instances" },
        { "simulation?type=parametres&nom=POEC", "Simulation" },
        { "modeles/compte.demande-acceptee", "Modèle compte.demande-acceptee" },
    };

    [Fact]
    public async Task La_page_de_connexion_n_a_pas_de_violation_axe()
    {
        var contexte = await host.Navigateur.NewContextAsync(new() { BaseURL = host.Adresse.ToString() });
        var page = await contexte.NewPageAsync();
        await page.GotoAsync("/studio/connexion");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Connexion" }).WaitForAsync();
        Assert.Empty(await Axe.ViolationsAsync(page));
    }

    [Fact]
    public async Task L_editeur_avec_ses_panneaux_ouverts_n_a_pas_de_violation_axe()
    {
        var page = await host.ConnecterAsync();
        await page.GotoAsync("/studio/editeur/candidature");
        await page.Locator("[data-cell-id='en-attente']").WaitForAsync();

        // A state with entry effects (notify, deadlines with their offsets).
        await page.GetByRole(AriaRole.Button, new() { Name = "En attente", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("panneau-etat")).ToContainTextAsync("Effets à l'entrée");
        await Assertions.Expect(page.GetByLabel("Entrée : nom de l'échéance 2", new() { Exact = true })).ToHaveValueAsync("relance-avis");
        await SansViolationAsync(page);

        // A transition with guards, roles, a trigger with parameters.
        await page.GetByRole(AriaRole.Button, new() { Name = "a-convoquer → convoquee : convoquer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("panneau-declencheur")).ToContainTextAsync("Déclencheur « convoquer »");
        await Assertions.Expect(page.GetByLabel("Nom du paramètre 1", new() { Exact = true })).ToHaveValueAsync("dateConvocation");
        await SansViolationAsync(page);
    }

    private static async Task SansViolationAsync(IPage page)
    {
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Chaque_page_du_studio_n_a_pas_de_violation_axe(string chemin, string titre)
    {
        var page = await host.ConnecterAsync();
        await page.GotoAsync("/studio/" + chemin);
        await page.GetByRole(AriaRole.Heading, new() { Name = titre, Exact = true }).WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(await Axe.ViolationsAsync(page));
    }
}
