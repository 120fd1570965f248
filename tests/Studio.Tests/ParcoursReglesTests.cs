using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Rafael.Engine.Processus;
using Rafael.Studio.Tests.Support;

namespace Rafael.Studio.Tests;

/// <summary>
/// An analyst changes a parameter and a rule message, simulates, publishes; the next pre-registration through the Api,
/// by a prescriber of the demo data, follows the new rule (CAND-02: the maximum of candidatures in progress, per
/// dispositif): accepted under the new parameter, then refused with the new message.
/// </summary>
public sealed class ParcoursReglesTests(StudioHost host) : IClassFixture<StudioHost>
{
    private const string Prescripteur = "prescripteur3@demo.rafael.fr";
    private const string NouveauMessage = "Déjà {candidat.candidaturesEnCours} candidatures en cours, le maximum du dispositif est {parametres.maxCandidaturesEnCours} (CAND-02).";

    [Fact]
    public async Task Un_analyste_change_un_parametre_et_un_message_simule_publie_et_la_decision_suivante_suit_la_nouvelle_regle()
    {
        var page = await host.ConnecterAsync();

        // The demo's candidatures were made when the host started: this test's come after them, the simulations take the last 3.
        host.Time.Advance(TimeSpan.FromMinutes(1));

        // Before: a prescriber pre-registers a candidate three times on a POEC session; the fourth is refused (CAND-02).
        var prescripteur = await host.ClientAsync(Prescripteur);
        var sessions = await prescripteur.GetFromJsonAsync<JsonElement>("/api/preinscriptions/sessions?dispositif=POEC");
        var session = sessions.EnumerateArray().First(s => s.GetProperty("intitule").GetString() == "Conseiller de vente").GetProperty("id").GetGuid();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await PreinscrireAsync(prescripteur, session)).StatusCode);
        }

        await RefuseeAsync(await PreinscrireAsync(prescripteur, session), "Le candidat a déjà 3 candidatures en cours pour un maximum de 3 (CAND-02).");

        // The parameter: POEC allows 4 candidatures in progress.
        await page.GotoAsync("/studio/parametres");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Paramètres par dispositif" }).WaitForAsync();
        await page.GetByLabel("Dispositif").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "POEC", Exact = true }).ClickAsync();
        var champ = page.GetByLabel("maxCandidaturesEnCours pour POEC", new() { Exact = true });
        await champ.FillAsync("4");
        await champ.BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Expect(page.GetByTestId("message"), "Brouillon enregistré.");

        // The rule: a wrong expression is refused with the error, and nothing is saved.
        await page.GotoAsync("/studio/regles/candidature.preinscription");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Règles de candidature.preinscription" }).WaitForAsync();
        var expression = page.GetByLabel("Expression de candidatures-en-cours", new() { Exact = true });
        await expression.FillAsync("candidat.candidaturesEnCours <");
        await expression.BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Expect(page.GetByTestId("erreurs"), "candidatures-en-cours");
        Assert.False(await BrouillonAsync(TypeDocument.RegleSet, "candidature.preinscription"));

        // Corrected, and a new message.
        await expression.FillAsync("candidat.candidaturesEnCours < parametres.maxCandidaturesEnCours");
        await expression.BlurAsync();
        var message = page.GetByLabel("Message de candidatures-en-cours", new() { Exact = true });
        await message.FillAsync(NouveauMessage);
        await message.BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Expect(page.GetByTestId("message"), "Brouillon enregistré");
        Assert.True(await BrouillonAsync(TypeDocument.RegleSet, "candidature.preinscription"));

        // Simulation: what each draft changes, and that no decision taken on the real candidatures would differ
        // (raising a maximum refuses none of them). Still nothing published: the fourth is still refused.
        await page.GotoAsync("/studio/simulation?type=regles&nom=candidature.preinscription");
        await page.GetByLabel("Nombre d'entités").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuler" }).ClickAsync();
        await Expect(page.GetByTestId("changements"), "maximum du dispositif");
        await Expect(page.GetByTestId("resume"), "sur 3 candidatures (3 décisions) : 0 décision(s) différente(s)");
        await page.GotoAsync("/studio/simulation?type=parametres&nom=POEC");
        await page.GetByLabel("Nombre d'entités").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuler" }).ClickAsync();
        await Expect(page.GetByTestId("changements"), "maxCandidaturesEnCours");
        await Expect(page.GetByTestId("resume"), "sur 3 candidatures (3 décisions) : 0 décision(s) différente(s)");
        await RefuseeAsync(await PreinscrireAsync(prescripteur, session), "Le candidat a déjà 3 candidatures en cours pour un maximum de 3 (CAND-02).");

        // Publication: the comment is mandatory.
        await page.GotoAsync("/studio/regles/candidature.preinscription");
        var publier = page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true });
        Assert.True(await publier.IsDisabledAsync());
        await page.GetByLabel("Commentaire de publication (obligatoire)").FillAsync("CAND-02 : message plus clair");
        await publier.ClickAsync();
        await Expect(page.GetByTestId("message"), "publiée");

        await page.GotoAsync("/studio/parametres");
        await page.GetByLabel("Dispositif").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "POEC", Exact = true }).ClickAsync();
        await page.GetByLabel("Commentaire de publication (obligatoire)").FillAsync("POEC : 4 candidatures en cours");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("message"), "publiée");

        // The next pre-registration through the Api follows the new parameter, the one after speaks the new message.
        var quatrieme = await PreinscrireAsync(prescripteur, session);
        Assert.True(quatrieme.StatusCode == HttpStatusCode.Created, await quatrieme.Content.ReadAsStringAsync());
        await RefuseeAsync(await PreinscrireAsync(prescripteur, session), "Déjà 4 candidatures en cours, le maximum du dispositif est 4 (CAND-02).");
        Assert.Equal(4, await host.DbAsync(db => db.Candidatures.CountAsync(c => c.Candidat.Nom == "Durand")));

        // Through the Api too, and both publications are in the journal with their comments.
        var api = await host.ClientAsync(StudioHost.Administrateur);
        var parametres = await api.GetFromJsonAsync<JsonElement>("/api/processus/parametres-effectifs/POEC");
        Assert.Equal(4, parametres.GetProperty("maxCandidaturesEnCours").GetInt32());
        var publications = await host.DbAsync(db => db.Journal.Where(j => j.EntityType == nameof(DocumentVersion)).ToListAsync());
        Assert.Contains(publications, j => j.Changes.Contains("CAND-02 : message plus clair", StringComparison.Ordinal));
        Assert.Contains(publications, j => j.Changes.Contains("POEC : 4 candidatures en cours", StringComparison.Ordinal));
    }

    private static async Task Expect(ILocator locator, string texte)
    {
        await locator.WaitForAsync();
        await Assertions.Expect(locator).ToContainTextAsync(texte, new() { Timeout = 30_000 });
    }

    private Task<bool> BrouillonAsync(TypeDocument type, string nom) =>
        host.DbAsync(db => db.Set<DocumentVersion>().AnyAsync(d => d.Type == type && d.Nom == nom && d.Statut == StatutDocument.Brouillon));

    private static Task<HttpResponseMessage> PreinscrireAsync(HttpClient prescripteur, Guid session) =>
        prescripteur.PostAsJsonAsync("/api/preinscriptions", new
        {
            sessionId = session,
            candidat = new { nom = "Durand", prenom = "Alix", dateNaissance = new DateOnly(1990, 1, 31), situation = "Demandeur d'emploi" },
        });

    private static async Task RefuseeAsync(HttpResponseMessage reponse, string message)
    {
        var texte = await reponse.Content.ReadAsStringAsync();
        Assert.True(reponse.StatusCode == HttpStatusCode.Conflict, $"{(int)reponse.StatusCode} {texte}");
        var probleme = JsonSerializer.Deserialize<JsonElement>(texte);
        Assert.Equal("CAND-02", probleme.GetProperty("regle").GetString());
        Assert.Equal(message, probleme.GetProperty("detail").GetString());
    }
}
