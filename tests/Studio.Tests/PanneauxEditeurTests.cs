using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Rafael.Studio.Tests.Support;

namespace Rafael.Studio.Tests;

/// <summary>
/// The editor's panels: an analyst adds a transition, gives its new trigger a French label and a typed parameter, an
/// effect with its condition and delay; the validator's error is shown at the element; once corrected, published, the Api's definition has it all.
/// </summary>
public sealed class PanneauxEditeurTests(StudioHost host) : IClassFixture<StudioHost>
{
    [Fact]
    public async Task Un_analyste_ajoute_une_transition_avec_un_declencheur_libelle_et_un_parametre_et_la_publie()
    {
        var page = await host.ConnecterAsync();
        await page.GotoAsync("/studio/editeur/demande-compte");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Éditeur de demande-compte" }).WaitForAsync();
        await page.Locator("[data-cell-id='en-attente']").WaitForAsync();

        await page.GetByLabel("Identifiant du nouveau déclencheur").FillAsync("demanderComplement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le déclencheur" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une transition" }).ClickAsync();
        var panneau = page.GetByTestId("panneau-transition");
        await Assertions.Expect(panneau).ToContainTextAsync("en-attente → en-attente : demanderComplement");

        // The trigger's panel: its French label and a typed parameter (first with a name the schema refuses).
        var declencheur = page.GetByTestId("panneau-declencheur");
        await Remplir(page, "Libellé du déclencheur (français)", "Demander un complément");
        await declencheur.GetByRole(AriaRole.Button, new() { Name = "Ajouter un paramètre" }).ClickAsync();
        await Remplir(page, "Nom du paramètre 1", "date limite");
        await Remplir(page, "Libellé du paramètre 1", "Date limite de réponse");
        await page.GetByLabel("Type du paramètre 1").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Date", Exact = true }).ClickAsync();
        await page.GetByLabel("Paramètre 1 obligatoire").CheckAsync();

        // An effect: emit a message.
        await panneau.GetByRole(AriaRole.Button, new() { Name = "Ajouter un effet (Transition)" }).ClickAsync();
        await Remplir(page, "Transition : message émis par l'effet 1", "demande.complement");

        // Its condition, among the published rule sets, and its delay (AVIS-09).
        await page.GetByLabel("Transition : condition de l'effet 1").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "candidature.financement-region", Exact = true }).ClickAsync();
        await Remplir(page, "Transition : délai de l'effet 1", "P1D");

        // Saved: the validator refuses the parameter's name, and the Studio says it in the transition's panel.
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Assertions.Expect(panneau.GetByTestId("erreurs-element")).ToContainTextAsync("triggers", new() { Timeout = 60_000 });
        await Remplir(page, "Nom du paramètre 1", "dateLimite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("message")).ToContainTextAsync("Brouillon enregistré", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("erreurs-element")).ToHaveCountAsync(0);
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

        await page.GetByLabel("Commentaire de publication (obligatoire)").FillAsync("Demande de complément avec date limite");
        var publier = page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true });
        await Assertions.Expect(publier).ToBeEnabledAsync();
        await publier.ClickAsync();
        await Assertions.Expect(page.GetByTestId("message")).ToContainTextAsync("Version 2 publiée", new() { Timeout = 60_000 });

        // The Api's published definition has the transition, the trigger's label and its typed parameter, the effect.
        var api = await host.ClientAsync(StudioHost.Administrateur);
        var versions = await api.GetFromJsonAsync<JsonElement>("/api/processus/definitions/demande-compte/versions");
        var publiee = versions.EnumerateArray().Single(v => v.GetProperty("numero").GetInt32() == 2);
        Assert.Equal("Publiee", publiee.GetProperty("statut").GetString());
        var definition = JsonNode.Parse(publiee.GetProperty("contenu").GetString()!)!;
        var trigger = definition["triggers"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "demanderComplement")!;
        Assert.Equal("Demander un complément", trigger["label"]!.GetValue<string>());
        var parametre = trigger["parameters"]!.AsArray().Single()!;
        Assert.Equal("dateLimite", parametre["name"]!.GetValue<string>());
        Assert.Equal("Date limite de réponse", parametre["label"]!.GetValue<string>());
        Assert.Equal("date", parametre["type"]!.GetValue<string>());
        Assert.True(parametre["required"]!.GetValue<bool>());
        var transition = definition["transitions"]!.AsArray().Single(t => t!["trigger"]!.GetValue<string>() == "demanderComplement")!;
        Assert.Equal("demande.complement", transition["effects"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("candidature.financement-region", transition["effects"]![0]!["when"]!.GetValue<string>());
        Assert.Equal("P1D", transition["effects"]![0]!["delay"]!.GetValue<string>());
        Assert.Contains("Demander un complément", await api.GetStringAsync("/api/processus/definitions/demande-compte/diagramme"), StringComparison.Ordinal);
    }

    private static async Task Remplir(IPage page, string libelle, string valeur)
    {
        var champ = page.GetByLabel(libelle, new() { Exact = true });
        await champ.FillAsync(valeur);
        await champ.BlurAsync();
    }
}
