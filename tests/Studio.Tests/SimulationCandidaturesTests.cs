using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Rafael.Engine.Processus;
using Rafael.Studio.Tests.Support;
using Rafael.Tests.Shared;

namespace Rafael.Studio.Tests;

/// <summary>
/// Drafts of the candidature definition, of a candidature rule set and of a dispositif's parameters, run against the
/// last real candidatures: the decisions that would differ, with the rule and its message; nothing is written.
/// </summary>
public sealed class SimulationCandidaturesTests(StudioHost host) : IClassFixture<StudioHost>
{
    private const string Prescripteur = "prescripteur3@demo.rafael.fr";
    private const string Of = "preinscription.of@demo.rafael.fr";

    [Fact]
    public async Task Les_brouillons_montrent_sur_les_dernieres_candidatures_les_decisions_qui_changeraient_et_pourquoi_sans_rien_ecrire()
    {
        _ = host.Navigateur;
        var admin = await host.ClientAsync(StudioHost.Administrateur);
        var prescripteur = await host.ClientAsync(Prescripteur);
        var of = await host.ClientAsync(Of);

        // The demo's candidatures were made when the host started: these come after them, and the simulations take the last 3.
        host.Time.Advance(TimeSpan.FromMinutes(1));

        // Three candidatures of one candidate on the POEC session of the Institut Garonne; the first one retained with 35 h.
        var sessions = await prescripteur.GetFromJsonAsync<JsonElement>("/api/preinscriptions/sessions?dispositif=POEC");
        var session = sessions.EnumerateArray().First(s => s.GetProperty("intitule").GetString() == "Conseiller de vente").GetProperty("id").GetGuid();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await PreinscrireAsync(prescripteur, session, "Martin"));
            host.Time.Advance(TimeSpan.FromMinutes(5));
        }

        await OkAsync(await of.PostAsJsonAsync($"/api/candidatures/{ids[0]}/convocations", new { date = host.Time.GetUtcNow().AddDays(2) }));
        await OkAsync(await of.PostAsJsonAsync($"/api/candidatures/{ids[0]}/resultat-convocation", new { resultat = "Presence" }));
        await OkAsync(await of.PostAsJsonAsync($"/api/candidatures/{ids[0]}/avis", new
        {
            retenue = true,
            dateEntreePrevue = new DateOnly(2026, 4, 1),
            dateSortiePrevue = new DateOnly(2026, 6, 30),
            heuresHebdomadaires = 35,
        }));

        // The notifications of these commands are delivered in the background, adding their emails to the outbox.
        await DemoAuRepos.AttendreAsync(host.Services, host.Time);
        var avant = await EtatAsync();

        // Parameters: POEC allows 2 candidatures in progress and 30 weekly hours.
        var parametres = await BrouillonDepuisPublieeAsync(admin, "parametres", "POEC", n =>
        {
            n["maxCandidaturesEnCours"] = 2;
            n["heuresHebdomadairesMax"] = 30;
        });
        Assert.Equal(HttpStatusCode.OK, parametres.StatusCode);
        var simulation = await SimulerAsync(admin, "parametres/POEC?nombre=3");
        Assert.Equal(3, simulation.GetProperty("entites").GetInt32());
        Assert.Equal(4, simulation.GetProperty("decisions").GetInt32());
        var differences = Differences(simulation);
        Assert.Equal(2, differences.Count);
        var troisieme = Assert.Single(differences, d => d.GetProperty("id").GetString() == ids[2].ToString());
        Assert.Equal("valider", troisieme.GetProperty("declencheur").GetString());
        Assert.Equal("prescripteur-niveau-3", troisieme.GetProperty("role").GetString());
        Assert.Equal("acceptée", troisieme.GetProperty("publiee").GetString());
        Assert.Equal("refusée (CAND-02)", troisieme.GetProperty("brouillon").GetString());
        Assert.Contains("Le candidat a déjà 2 candidatures en cours pour un maximum de 2 (CAND-02).", troisieme.GetProperty("pourquoi").GetString(), StringComparison.Ordinal);
        var avis = Assert.Single(differences, d => d.GetProperty("id").GetString() == ids[0].ToString());
        Assert.Equal("retenir", avis.GetProperty("declencheur").GetString());
        Assert.Equal("of-preinscription", avis.GetProperty("role").GetString());
        Assert.Equal("refusée (AVIS-02)", avis.GetProperty("brouillon").GetString());
        Assert.Contains("entre 1 et 30 heures", avis.GetProperty("pourquoi").GetString(), StringComparison.Ordinal);

        // The Studio's screen shows the same differences, and has no axe violation with them.
        var page = await host.ConnecterAsync();
        await page.GotoAsync("/studio/simulation?type=parametres&nom=POEC");
        await page.GetByLabel("Nombre d'entités").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuler" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("resume")).ToContainTextAsync("sur 3 candidatures (4 décisions) : 2 décision(s) différente(s)");
        var tableau = page.GetByTestId("differences");
        await Assertions.Expect(tableau).ToContainTextAsync("refusée (CAND-02)");
        await Assertions.Expect(tableau).ToContainTextAsync("refusée (AVIS-02)");
        await Assertions.Expect(tableau).ToContainTextAsync("Camille Martin");
        await SansViolationAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Camille Martin" }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("instance")).ToContainTextAsync("Définition candidature");
        await SansViolationAsync(page);

        // The rule set: one candidature in progress at most, with a new message; only the pre-registrations change.
        var regles = await BrouillonDepuisPublieeAsync(admin, "regles", "candidature.preinscription", n =>
        {
            var regle = n["rules"]!.AsArray().First(r => r!["name"]!.GetValue<string>() == "candidatures-en-cours")!;
            regle["expression"] = "candidat.candidaturesEnCours < 1";
            regle["message"] = "Une seule candidature en cours à la fois (CAND-02) : {candidat.candidaturesEnCours} déjà.";
        });
        Assert.Equal(HttpStatusCode.OK, regles.StatusCode);
        differences = Differences(await SimulerAsync(admin, "regles/candidature.preinscription?nombre=3"));
        Assert.Equal(new[] { ids[1].ToString(), ids[2].ToString() }.Order(), differences.Select(d => d.GetProperty("id").GetString()!).Order());
        Assert.Contains(differences, d => d.GetProperty("pourquoi").GetString()!.Contains("Une seule candidature en cours à la fois (CAND-02) : 2 déjà.", StringComparison.Ordinal));

        // The definition: a Niveau 3 no longer validates; only the last candidature is run when the analyst asks for one.
        var definition = await BrouillonDepuisPublieeAsync(admin, "definitions", "candidature", n =>
        {
            var valider = n["transitions"]!.AsArray().First(t => t!["trigger"]!.GetValue<string>() == "valider")!;
            valider["roles"] = new JsonArray("prescripteur-niveau-2");
        });
        Assert.Equal(HttpStatusCode.OK, definition.StatusCode);
        simulation = await SimulerAsync(admin, "definitions/candidature?nombre=1");
        Assert.Equal(1, simulation.GetProperty("entites").GetInt32());
        var refus = Assert.Single(Differences(simulation));
        Assert.Equal(ids[2].ToString(), refus.GetProperty("id").GetString());
        Assert.Equal("acceptée → a-convoquer", refus.GetProperty("publiee").GetString());
        Assert.StartsWith("refusée", refus.GetProperty("brouillon").GetString(), StringComparison.Ordinal);

        // Only the candidatures made since a day: none since tomorrow.
        var demain = DateOnly.FromDateTime(host.Time.GetUtcNow().AddDays(1).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, (await SimulerAsync(admin, $"parametres/POEC?depuis={demain}")).GetProperty("entites").GetInt32());

        // Denials: not an administrator, out of range, a document that does not decide on candidatures, no draft.
        Assert.Equal(HttpStatusCode.Forbidden, (await of.PostAsync(Uri("parametres/POEC"), null)).StatusCode);
        await ProblemeAsync(await admin.PostAsync(Uri("parametres/POEC?nombre=0"), null), HttpStatusCode.BadRequest, "nombre");
        await ProblemeAsync(await admin.PostAsync(Uri("definitions/demande-compte"), null), HttpStatusCode.BadRequest, "nom");
        await ProblemeAsync(await admin.PostAsync(Uri("inconnu/POEC"), null), HttpStatusCode.BadRequest, "type");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(Uri("parametres/HSP"), null)).StatusCode);

        // The Studio's instance of a candidature: its version, state and journal.
        var instance = await OkAsync(await admin.GetAsync(new Uri($"/api/studio/instances/candidature/{ids[0]}", UriKind.Relative)));
        Assert.Equal("retenue", instance.GetProperty("instance").GetProperty("etat").GetString());
        Assert.NotEmpty(instance.GetProperty("journal").EnumerateArray());
        Assert.Contains(ids[2].ToString(), (await OkAsync(await admin.GetAsync(new Uri("/api/studio/instances/candidature", UriKind.Relative)))).EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri($"/api/studio/instances/candidature/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);

        // Nothing was written by the simulations: candidatures, journal, outbox, deadlines, documents but the drafts.
        Assert.Equal(avant, await EtatAsync());
    }

    private static async Task SansViolationAsync(IPage page)
    {
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static Uri Uri(string suite) => new($"/api/studio/simulations/candidatures/{suite}", UriKind.Relative);

    private static async Task<JsonElement> SimulerAsync(HttpClient admin, string suite)
    {
        var reponse = await admin.PostAsync(Uri(suite), null);
        return await OkAsync(reponse);
    }

    private static List<JsonElement> Differences(JsonElement simulation) => [.. simulation.GetProperty("differences").EnumerateArray()];

    private static async Task<JsonElement> OkAsync(HttpResponseMessage reponse)
    {
        var texte = await reponse.Content.ReadAsStringAsync();
        Assert.True(reponse.IsSuccessStatusCode, $"{(int)reponse.StatusCode} {texte}");
        return JsonSerializer.Deserialize<JsonElement>(texte);
    }

    private static async Task ProblemeAsync(HttpResponseMessage reponse, HttpStatusCode attendu, string champ)
    {
        var texte = await reponse.Content.ReadAsStringAsync();
        Assert.True(reponse.StatusCode == attendu, $"{(int)reponse.StatusCode} {texte}");
        Assert.Contains(champ, JsonSerializer.Deserialize<JsonElement>(texte).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    private static async Task<Guid> PreinscrireAsync(HttpClient prescripteur, Guid session, string nom)
    {
        var reponse = await prescripteur.PostAsJsonAsync("/api/preinscriptions", new
        {
            sessionId = session,
            candidat = new { nom, prenom = "Camille", dateNaissance = new DateOnly(1995, 6, 14), email = "camille@example.org", situation = "Demandeur d'emploi" },
        });
        var texte = await reponse.Content.ReadAsStringAsync();
        Assert.True(reponse.StatusCode == HttpStatusCode.Created, texte);
        return JsonSerializer.Deserialize<JsonElement>(texte).GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> BrouillonDepuisPublieeAsync(HttpClient admin, string type, string nom, Action<JsonObject> changer)
    {
        var versions = await admin.GetFromJsonAsync<JsonElement>($"/api/processus/{type}/{nom}/versions");
        var publiee = versions.EnumerateArray().Where(v => v.GetProperty("statut").GetString() == "Publiee").MaxBy(v => v.GetProperty("numero").GetInt32());
        var contenu = (JsonObject)JsonNode.Parse(publiee.ValueKind == JsonValueKind.Object ? publiee.GetProperty("contenu").GetString()! : "{}")!;
        changer(contenu);
        return await admin.PutAsJsonAsync($"/api/processus/{type}/{nom}/brouillon", new { contenu = contenu.ToJsonString() });
    }

    private Task<string> EtatAsync() => host.DbAsync(async db =>
    {
        var candidatures = await db.Candidatures.AsNoTracking().OrderBy(c => c.Id).Select(c => $"{c.Id}:{c.Status}:{c.Version}").ToListAsync();
        var journal = await db.Journal.CountAsync(j => j.EntityType != nameof(DocumentVersion));
        var outbox = await db.Outbox.CountAsync();
        var echeances = await db.Set<Rafael.Workflows.Deadlines.Deadline>().CountAsync();
        var publiees = await db.Set<DocumentVersion>().CountAsync(d => d.Statut == StatutDocument.Publiee);
        return $"{string.Join(",", candidatures)} journal={journal} outbox={outbox} echeances={echeances} publiees={publiees}";
    });
}
