using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Rafael.Portal.Tests.Support;

namespace Rafael.Portal.Tests;

/// <summary>DASH-02 by session and DASH-03 in the browser: the OF's sessions split « en cours et à venir » / « terminées »,
/// every column with inscrits / maximum and the counts by state, filters, paging, links and the CSV export.</summary>
public sealed class ListeParSessionTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task L_OF_suit_ses_sessions_et_leurs_candidatures_depuis_le_tableau_de_bord()
    {
        var of = await host.PageAsync();
        await Portail.ConnecterAsync(of, "referent.of@demo.rafael.fr");
        await of.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord", Exact = true }).ClickAsync();
        await of.GetByRole(AriaRole.Link, new() { Name = "Liste par session", Exact = true }).ClickAsync();
        await Assertions.Expect(of.GetByRole(AriaRole.Heading, new() { Name = "Candidatures par session" })).ToBeVisibleAsync();
        await Assertions.Expect(of.GetByTestId("periode-en-cours")).ToHaveAttributeAsync("aria-current", "page");

        // Every line the Api gives is on the screen, with its inscrits / maximum and its counts.
        var attendu = await JsonAsync(await of.APIRequest.GetAsync("/api/candidatures/sessions?terminees=false&taille=25"));
        var lignes = attendu.GetProperty("lignes").EnumerateArray().ToList();
        Assert.NotEmpty(lignes);
        var tableau = of.GetByTestId("sessions-candidatures");
        await Assertions.Expect(tableau.Locator("tbody tr")).ToHaveCountAsync(lignes.Count);
        foreach (var l in lignes)
        {
            var ligne = of.GetByTestId("session-" + l.GetProperty("reference").GetString());
            await Assertions.Expect(ligne).ToContainTextAsync(l.GetProperty("intitule").GetString()!);
            await Assertions.Expect(ligne).ToContainTextAsync(l.GetProperty("positionneur").GetString()!);
            await Assertions.Expect(ligne.GetByTestId("inscrits")).ToHaveTextAsync($"{l.GetProperty("inscrits").GetInt32()} / {l.GetProperty("maximum").GetInt32()}");
            await Assertions.Expect(ligne.GetByTestId("en-attente")).ToHaveTextAsync(N(l.GetProperty("comptes").GetProperty("enAttente")));
            await Assertions.Expect(ligne.GetByTestId("retenues")).ToHaveTextAsync(N(l.GetProperty("comptes").GetProperty("retenues")));
        }

        // The wide table scrolls inside its frame; the page itself does not scroll sideways.
        Assert.True(await of.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 1366, "La page déborde en largeur.");
        await Portail.CaptureAsync(of, "36-candidatures-par-session");
        await Portail.VerifierAccessibiliteAsync(of);

        // A line with candidatures waiting: its count opens the candidatures of that session in that state; its
        // reference opens the session page; the batch screen is one click away.
        var enAttente = lignes.First(l => l.GetProperty("comptes").GetProperty("enAttente").GetInt32() > 0);
        var reference = enAttente.GetProperty("reference").GetString()!;
        var sessionId = enAttente.GetProperty("sessionId").GetGuid();
        var choisie = of.GetByTestId("session-" + reference);
        await Assertions.Expect(choisie.GetByRole(AriaRole.Link, new() { Name = $"Traitement par lot de la session {reference}" })).ToHaveAttributeAsync("href", $"/sessions/{sessionId}/lot");
        await Assertions.Expect(choisie.GetByRole(AriaRole.Link, new() { NameRegex = new($"^Session {reference}") })).ToHaveAttributeAsync("href", $"/sessions/{sessionId}");
        await choisie.GetByTestId("en-attente").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(of.GetByTestId("candidatures").Locator("tbody tr")).ToHaveCountAsync(enAttente.GetProperty("comptes").GetProperty("enAttente").GetInt32());
        await Assertions.Expect(of.GetByTestId("candidatures")).ToContainTextAsync(reference);
        await of.GoBackAsync();

        // Filtered by its reference: that session alone; a filter that matches nothing says what to do.
        await of.GetByLabel("Intitulé, référence, n° de marché").FillAsync(reference);
        await of.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("compte-sessions")).ToContainTextAsync("1 session(s)");
        await Assertions.Expect(tableau.Locator("tbody tr")).ToHaveCountAsync(1);
        await of.GetByLabel("Intitulé, référence, n° de marché").FillAsync("aucune session de ce nom");
        await of.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("vide")).ToContainTextAsync("Effacer les filtres");
        await of.GetByRole(AriaRole.Button, new() { Name = "Effacer les filtres" }).ClickAsync();
        await Assertions.Expect(tableau.Locator("tbody tr")).ToHaveCountAsync(lignes.Count);

        // Terminées: only the sessions over, as the Api splits them.
        await of.GetByTestId("periode-terminees").ClickAsync();
        await Assertions.Expect(of.GetByTestId("periode-terminees")).ToHaveAttributeAsync("aria-current", "page");
        var terminees = (await JsonAsync(await of.APIRequest.GetAsync("/api/candidatures/sessions?terminees=true&taille=25"))).GetProperty("lignes").EnumerateArray().ToList();
        Assert.NotEmpty(terminees);
        await Assertions.Expect(tableau.Locator("tbody tr")).ToHaveCountAsync(terminees.Count);
        foreach (var l in terminees)
        {
            await Assertions.Expect(of.GetByTestId("session-" + l.GetProperty("reference").GetString())).ToBeVisibleAsync();
            Assert.DoesNotContain(lignes, e => e.GetProperty("sessionId").GetGuid() == l.GetProperty("sessionId").GetGuid());
        }

        // DASH-03: the export follows the tab and the filters, opens in a French spreadsheet (BOM, ";").
        var telechargement = await of.RunAndWaitForDownloadAsync(() => of.GetByRole(AriaRole.Link, new() { Name = "Exporter en CSV" }).ClickAsync());
        var octets = await File.ReadAllBytesAsync((await telechargement.PathAsync())!);
        Assert.Equal(Encoding.UTF8.GetPreamble(), octets[..3]);
        var csv = Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Référence session;Intitulé;Financeur;N° de marché;", csv[0], StringComparison.Ordinal);
        Assert.Equal(terminees.Count, csv.Length - 1);
        Assert.All(terminees, l => Assert.Contains(csv, c => c.StartsWith(l.GetProperty("reference").GetString() + ";", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task La_liste_par_session_se_pagine_et_est_dans_le_menu()
    {
        var of = await host.PageAsync();
        await Portail.ConnecterAsync(of, "referent.of@demo.rafael.fr");
        await of.GetByRole(AriaRole.Link, new() { Name = "Candidatures par session", Exact = true }).ClickAsync();
        await Assertions.Expect(of.GetByRole(AriaRole.Heading, new() { Name = "Candidatures par session" })).ToBeVisibleAsync();
        var toutes = (await JsonAsync(await of.APIRequest.GetAsync("/api/candidatures/sessions?terminees=false&taille=100"))).GetProperty("lignes").EnumerateArray()
            .Select(l => l.GetProperty("reference").GetString()!).ToList();
        Assert.True(toutes.Count >= 2, $"La démo devrait donner au moins 2 sessions en cours à Garonne ({toutes.Count}).");

        // One per page: the first page has the soonest, the page 2 button (named in French) the next one.
        await of.GotoAsync("/candidatures/sessions?taille=1");
        var tableau = of.GetByTestId("sessions-candidatures");
        await Assertions.Expect(of.GetByTestId("compte-sessions")).ToContainTextAsync($"{toutes.Count} session(s) · page 1 sur {toutes.Count}");
        await Assertions.Expect(tableau.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(tableau.Locator("tbody tr").First).ToHaveAttributeAsync("data-testid", "session-" + toutes[0]);
        await of.GetByRole(AriaRole.Navigation, new() { Name = "Pages de la liste" }).GetByRole(AriaRole.Button, new() { Name = "Page 2", Exact = true }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("compte-sessions")).ToContainTextAsync($"page 2 sur {toutes.Count}");
        await Assertions.Expect(tableau.Locator("tbody tr").First).ToHaveAttributeAsync("data-testid", "session-" + toutes[1]);
        await Assertions.Expect(of.GetByRole(AriaRole.Button, new() { Name = "Page précédente" })).ToBeEnabledAsync();
    }

    [Fact]
    public async Task Un_prescripteur_ne_voit_que_les_sessions_de_ses_candidatures_sans_les_gerer()
    {
        var prescripteur = await host.PageAsync();
        await Portail.ConnecterAsync(prescripteur, "prescripteur3@demo.rafael.fr");
        await prescripteur.GetByRole(AriaRole.Link, new() { Name = "Candidatures par session", Exact = true }).ClickAsync();
        var lignes = (await JsonAsync(await prescripteur.APIRequest.GetAsync("/api/candidatures/sessions?terminees=false&taille=100"))).GetProperty("lignes").EnumerateArray().ToList();
        var tableau = prescripteur.GetByTestId("sessions-candidatures");
        Assert.NotEmpty(lignes);
        await Assertions.Expect(tableau.Locator("tbody tr")).ToHaveCountAsync(Math.Min(25, lignes.Count));
        await Assertions.Expect(tableau.GetByRole(AriaRole.Link, new() { NameRegex = new("^Traitement par lot") })).ToHaveCountAsync(0);
        await Assertions.Expect(tableau.GetByRole(AriaRole.Link, new() { NameRegex = new("^Session ") })).ToHaveCountAsync(0);
        await Assertions.Expect(prescripteur.GetByLabel("Rôle de ma structure")).ToHaveCountAsync(0);
        await Portail.VerifierAccessibiliteAsync(prescripteur);
    }

    [Fact]
    public async Task Un_administrateur_voit_toutes_les_sessions_conventionnees_depuis_son_menu()
    {
        var admin = await host.PageAsync();
        await Portail.ConnecterAsync(admin, "admin@demo.rafael.fr");
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Candidatures par session", Exact = true }).ClickAsync();
        var page = await JsonAsync(await admin.APIRequest.GetAsync("/api/candidatures/sessions?terminees=false&taille=25"));
        Assert.True(page.GetProperty("total").GetInt32() > 2, "L'administrateur devrait voir les sessions de tous les organismes.");
        await Assertions.Expect(admin.GetByTestId("compte-sessions")).ToContainTextAsync($"{page.GetProperty("total").GetInt32()} session(s)");
        await Assertions.Expect(admin.GetByTestId("sessions-candidatures").Locator("tbody tr")).ToHaveCountAsync(page.GetProperty("lignes").GetArrayLength());
        await Portail.VerifierAccessibiliteAsync(admin);
    }

    private static string N(JsonElement nombre) => nombre.GetInt32().ToString(CultureInfo.InvariantCulture);

    private static async Task<JsonElement> JsonAsync(IAPIResponse reponse)
    {
        Assert.True(reponse.Ok, $"{reponse.Status} {reponse.Url} : {await reponse.TextAsync()}");
        return (await reponse.JsonAsync()).GetValueOrDefault();
    }
}
