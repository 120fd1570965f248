using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Rafael.Engine.Processus;
using Rafael.Studio.Tests.Support;

namespace Rafael.Studio.Tests;

/// <summary>An analyst adds a state and, by drawing an arrow in the graph, a transition; then publishes.</summary>
public sealed class EditeurGrapheTests(StudioHost host) : IClassFixture<StudioHost>
{
    [Fact]
    public async Task Un_analyste_ajoute_une_transition_dans_le_graphe_et_la_publie()
    {
        var page = await host.ConnecterAsync();
        await page.GotoAsync("/studio/editeur/demande-compte");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Éditeur de demande-compte" }).WaitForAsync();
        await page.Locator("[data-cell-id='en-attente']").WaitForAsync();

        await page.GetByLabel("Identifiant du nouvel état").FillAsync("a-completer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter l'état" }).ClickAsync();
        await page.GetByLabel("Libellé de l'état").FillAsync("À compléter");
        await page.GetByLabel("Libellé de l'état").BlurAsync();
        await page.GetByLabel("État final").CheckAsync();
        await page.GetByLabel("Identifiant du nouveau déclencheur").FillAsync("demanderComplement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le déclencheur" }).ClickAsync();

        // The gesture: from the port on the right of « En attente » to the new state.
        await TirerAsync(page, "en-attente", "a-completer");

        var panneau = page.GetByTestId("panneau-transition");
        await Assertions.Expect(panneau).ToContainTextAsync("en-attente → a-completer : demanderComplement");
        await page.WaitForFunctionAsync("() => rafaelGraph.cells('graphe').edges.some(e => e.from === 'en-attente' && e.to === 'a-completer')");

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("message")).ToContainTextAsync("Brouillon enregistré", new() { Timeout = 60_000 });
        await page.GetByLabel("Commentaire de publication (obligatoire)").FillAsync("Demande de complément");
        var publier = page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true });
        await Assertions.Expect(publier).ToBeEnabledAsync();
        await publier.ClickAsync();
        await AttendreAsync(page, "Version 2 publiée");

        // Published: the Api draws the new transition, and the publication is in the history with its comment.
        var api = await host.ClientAsync(StudioHost.Administrateur);
        var diagramme = await api.GetStringAsync("/api/processus/definitions/demande-compte/diagramme");
        Assert.Contains("demanderComplement", diagramme, StringComparison.Ordinal);
        var versions = await api.GetFromJsonAsync<JsonElement>("/api/processus/definitions/demande-compte/versions");
        Assert.Contains(versions.EnumerateArray(), v => v.GetProperty("numero").GetInt32() == 2 && v.GetProperty("commentaire").GetString() == "Demande de complément");
        Assert.True(await host.DbAsync(db => db.Journal.AnyAsync(j => j.EntityType == nameof(DocumentVersion) && j.Changes.Contains("Demande de compl"))));
    }

    [Fact]
    public async Task Deux_fleches_tirees_du_meme_etat_ajoutent_deux_transitions()
    {
        var page = await host.ConnecterAsync();
        await page.GotoAsync("/studio/editeur/demande-compte");
        await page.Locator("[data-cell-id='en-attente']").WaitForAsync();
        foreach (var (etat, declencheur) in new[] { ("a-rappeler", "rappeler"), ("a-suspendre", "suspendre") })
        {
            await page.GetByLabel("Identifiant du nouvel état").FillAsync(etat);
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter l'état" }).ClickAsync();
            await page.GetByLabel("Identifiant du nouveau déclencheur").FillAsync(declencheur);
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le déclencheur" }).ClickAsync();
        }

        // The first arrow leaves « En attente » where its port is: the second gesture must still grab the port.
        await TirerAsync(page, "en-attente", "a-rappeler");
        await Assertions.Expect(page.GetByTestId("panneau-transition")).ToContainTextAsync("en-attente → a-rappeler : rappeler");
        await TirerAsync(page, "en-attente", "a-suspendre");
        await Assertions.Expect(page.GetByTestId("panneau-transition")).ToContainTextAsync("en-attente → a-suspendre : suspendre");
        await page.WaitForFunctionAsync("() => ['a-rappeler', 'a-suspendre'].every(c => rafaelGraph.cells('graphe').edges.some(e => e.from === 'en-attente' && e.to === c))");
    }

    [Fact]
    public async Task Le_graphe_garde_sa_taille_quand_la_colonne_grandit()
    {
        var page = await host.ConnecterAsync();
        await page.GotoAsync("/studio/editeur/demande-compte");
        await page.Locator("[data-cell-id='en-attente']").WaitForAsync();
        await page.GetByLabel("Identifiant du nouvel état").FillAsync("relance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter l'état" }).ClickAsync();
        await page.Locator("[data-cell-id='relance']").First.WaitForAsync();
        await page.GetByLabel("État final").CheckAsync();
        await page.GetByLabel("Identifiant du nouveau déclencheur").FillAsync("relancer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le déclencheur" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une transition" }).ClickAsync();
        await page.GetByTestId("panneau-transition").GetByLabel("Vers l'état").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "relance", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();

        // The draft brings the publication panel under the graph: the column grows, the graph must not follow it
        // (it did, without end, and moved the buttons under the pointer between a press and its release).
        await Assertions.Expect(page.GetByLabel("Commentaire de publication (obligatoire)")).ToBeVisibleAsync();
        var hauteurs = await page.EvaluateAsync<double[]>("""
            () => new Promise((fin) => {
              const vues = [];
              const mesurer = () => {
                vues.push(document.querySelector('#graphe svg').getBoundingClientRect().height);
                if (vues.length < 30) { requestAnimationFrame(mesurer); } else { fin(vues); }
              };
              requestAnimationFrame(mesurer);
            })
            """);
        var cadre = (await page.GetByTestId("cadre-graphe").BoundingBoxAsync())!;
        Assert.All(hauteurs, h => Assert.InRange(h, cadre.Height - 4, cadre.Height));
    }

    // A person's gesture: press on the port at the right of a state, move, release on another state.
    private static async Task TirerAsync(IPage page, string depuis, string vers)
    {
        var port = page.Locator($"[data-cell-id='{depuis}'] [magnet='true']").First;
        var cible = page.Locator($"[data-cell-id='{vers}']").First;
        await cible.WaitForAsync();
        var depart = (await port.BoundingBoxAsync())!;
        var arrivee = (await cible.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(depart.X + (depart.Width / 2), depart.Y + (depart.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(arrivee.X + (arrivee.Width / 2), arrivee.Y + (arrivee.Height / 2), new() { Steps = 12 });
        await page.Mouse.UpAsync();
    }

    // On failure, says what the Studio showed instead (a refusal reads better than a timeout).
    private static async Task AttendreAsync(IPage page, string texte)
    {
        try
        {
            await Assertions.Expect(page.GetByTestId("message")).ToContainTextAsync(texte, new() { Timeout = 60_000 });
        }
        catch (PlaywrightException e)
        {
            var erreurs = await page.GetByTestId("erreurs").AllInnerTextsAsync();
            throw new InvalidOperationException($"« {texte} » attendu ; le Studio affiche : {string.Join(" | ", erreurs)}", e);
        }
    }

    [Fact]
    public async Task Une_definition_invalide_est_refusee_avec_ses_erreurs_et_rien_n_est_enregistre()
    {
        var page = await host.ConnecterAsync();
        var avant = await host.DbAsync(db => db.Set<DocumentVersion>().CountAsync(d => d.Nom == "demande-compte"));
        await page.GotoAsync("/studio/editeur/demande-compte");
        await page.Locator("[data-cell-id='en-attente']").WaitForAsync();
        await page.GetByLabel("Identifiant du nouvel état").FillAsync("orphelin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter l'état" }).ClickAsync();

        // The graph is drawn again with the new state before the draft is saved, as a person would see it.
        await page.Locator("[data-cell-id='orphelin']").First.WaitForAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "État « orphelin »" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("erreurs")).ToContainTextAsync("orphelin", new() { Timeout = 60_000 });
        Assert.Equal(avant, await host.DbAsync(db => db.Set<DocumentVersion>().CountAsync(d => d.Nom == "demande-compte")));
    }
}
