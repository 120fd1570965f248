using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Rafael.Portal.Tests.Support;

namespace Rafael.Portal.Tests;

/// <summary>CAND-01, AVIS-01..04, DASH-01, LOT-01..04 in the browser: a prescriber pre-registers a candidate, the OF
/// convenes and retains, the dashboard counts it; the batch screen moves a selection step by step, all or nothing.</summary>
public sealed class CandidaturesTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task Un_prescripteur_preinscrit_l_OF_convoque_et_retient_le_tableau_de_bord_le_compte()
    {
        var of = await host.PageAsync();
        await Portail.ConnecterAsync(of, "referent.of@demo.rafael.fr");
        var avant = await RetenuesAsync(of);

        var prescripteur = await host.PageAsync();
        await Portail.ConnecterAsync(prescripteur, "prescripteur3@demo.rafael.fr");
        await prescripteur.GetByRole(AriaRole.Link, new() { Name = "Préinscrire un candidat" }).First.ClickAsync();
        await prescripteur.GetByLabel("Intitulé, référence, organisme").FillAsync("Technicien d'assistance informatique");
        await prescripteur.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await prescripteur.GetByRole(AriaRole.Button, new() { Name = "Préinscrire sur Technicien d'assistance informatique" }).First.ClickAsync();
        await prescripteur.GetByLabel("Nom du candidat", new() { Exact = true }).FillAsync("Parcours-Navigateur");
        await prescripteur.GetByLabel("Prénom du candidat").FillAsync("Alix");
        await prescripteur.GetByLabel("Date de naissance").FillAsync("12/03/1990");
        await prescripteur.GetByLabel("Date de naissance").PressAsync("Tab");
        await prescripteur.GetByLabel("Email du candidat").FillAsync("alix.parcours@exemple.fr");
        await prescripteur.GetByRole(AriaRole.Button, new() { Name = "Préinscrire", Exact = true }).ClickAsync();
        await Assertions.Expect(prescripteur).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/candidatures/[0-9a-f-]{36}$"));
        await Assertions.Expect(prescripteur.GetByTestId("etat")).ToHaveTextAsync("En attente");
        var id = prescripteur.Url[(prescripteur.Url.LastIndexOf('/') + 1)..];
        await Portail.CaptureAsync(prescripteur, "30-candidature-prescripteur");

        // The link of the "candidature received" email opens the candidature for the OF.
        await of.GotoAsync($"/candidatures/{id}");
        await Assertions.Expect(of.GetByTestId("etat")).ToHaveTextAsync("En attente");
        var candidature = await JsonAsync(await of.APIRequest.GetAsync($"/api/candidatures/{id}"));
        await of.GetByLabel("Date de convocation").FillAsync(DateTime.Today.AddDays(2).ToString("dd/MM/yyyy", Fr));
        await of.GetByLabel("Date de convocation").PressAsync("Tab");
        await of.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la convocation" }).ClickAsync();
        await of.GetByText("Présent(e)", new() { Exact = true }).ClickAsync();
        await of.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la présence" }).ClickAsync();
        await of.GetByText("Oui", new() { Exact = true }).ClickAsync();
        await of.GetByLabel("Entrée prévue le").FillAsync(Jour(candidature, "sessionDateDebut"));
        await of.GetByLabel("Entrée prévue le").PressAsync("Tab");
        await of.GetByLabel("Sortie prévue le").FillAsync(Jour(candidature, "sessionDateFin"));
        await of.GetByLabel("Sortie prévue le").PressAsync("Tab");
        await of.GetByLabel("Heures par semaine (1 à 40)").FillAsync("35");
        await Portail.CaptureAsync(of, "31-avis-retenue");
        await Portail.VerifierAccessibiliteAsync(of);
        await of.GetByRole(AriaRole.Button, new() { Name = "Valider l'avis" }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("etat")).ToHaveTextAsync("Retenue");

        await of.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord" }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("role-Positionneur").GetByTestId("retenues")).ToHaveTextAsync((avant + 1).ToString(CultureInfo.InvariantCulture));
        await Portail.CaptureAsync(of, "32-tableau-de-bord");
        await Portail.VerifierAccessibiliteAsync(of);

        await prescripteur.ReloadAsync();
        await Assertions.Expect(prescripteur.GetByTestId("etat")).ToHaveTextAsync("Retenue");
    }

    [Fact]
    public async Task La_gestion_par_lot_fait_passer_la_selection_d_une_etape_a_l_autre_tout_ou_rien()
    {
        var prescripteur = await host.PageAsync();
        await Portail.ConnecterAsync(prescripteur, "prescripteur3@demo.rafael.fr");
        var sessions = await JsonAsync(await prescripteur.APIRequest.GetAsync("/api/preinscriptions/sessions"));
        var session = sessions.EnumerateArray().First(s => s.GetProperty("intitule").GetString()!.StartsWith("Conseiller de vente", StringComparison.Ordinal));
        var sessionId = session.GetProperty("id").GetGuid();
        foreach (var nom in new[] { "Lot-Premier", "Lot-Second" })
        {
            await JsonAsync(await prescripteur.APIRequest.PostAsync("/api/preinscriptions/", new() { DataObject = new
            {
                sessionId,
                candidat = new { nom, prenom = "Camille", dateNaissance = "1988-05-20", email = $"{nom.ToLowerInvariant()}@exemple.fr" },
            } }));
        }

        var of = await host.PageAsync();
        await Portail.ConnecterAsync(of, "referent.of@demo.rafael.fr");
        await of.GotoAsync($"/sessions/{sessionId}/lot");
        await Assertions.Expect(of.GetByTestId("jours-restants")).ToContainTextAsync("jusqu'au");
        await Assertions.Expect(of.GetByTestId("etapes-lot")).ToContainTextAsync("Candidats à convoquer");
        await Assertions.Expect(of.GetByTestId("etapes-lot")).ToContainTextAsync("Candidatures non retenues pour session complète");
        await SelectionnerAsync(of, "Lot-Premier", "Lot-Second");
        await Assertions.Expect(of.GetByTestId("selection")).ToContainTextAsync("2 candidat(s) sélectionné(s)");
        await Portail.CaptureAsync(of, "33-lot-a-convoquer");
        await Portail.VerifierAccessibiliteAsync(of);
        await of.GetByLabel("Date de convocation").FillAsync(DateTime.Today.AddDays(3).ToString("dd/MM/yyyy", Fr));
        await of.GetByLabel("Date de convocation").PressAsync("Tab");
        await of.GetByRole(AriaRole.Button, new() { Name = "Convoquer (2)" }).ClickAsync();
        await Assertions.Expect(of.GetByText("2 candidat(s) convoqué(s).")).ToBeVisibleAsync();

        await of.GetByTestId("etape-PresenceARenseigner").ClickAsync();
        await SelectionnerAsync(of, "Lot-Premier", "Lot-Second");
        await of.GetByText("Présent(e)s", new() { Exact = true }).ClickAsync();
        await of.GetByRole(AriaRole.Button, new() { Name = "Enregistrer pour la sélection (2)" }).ClickAsync();
        await Assertions.Expect(of.GetByText("2 candidat(s) mis à jour.")).ToBeVisibleAsync();

        // Not retained with the motif "Autres" and no reason: the whole batch is refused, each candidate says why.
        await of.GetByTestId("etape-AvisEnAttente").ClickAsync();
        await SelectionnerAsync(of, "Lot-Premier", "Lot-Second");
        await of.GetByText("Non retenus", new() { Exact = true }).ClickAsync();
        await of.Locator(".mud-select").Filter(new() { HasText = "Motif principal" }).First.ClickAsync();
        await of.Locator(".mud-popover-open").GetByText("Autres", new() { Exact = true }).ClickAsync();
        await of.GetByRole(AriaRole.Button, new() { Name = "Valider l'avis pour la sélection (2)" }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("probleme")).ToBeVisibleAsync();
        await Assertions.Expect(of.GetByTestId("candidats-lot")).ToContainTextAsync("Lot-Premier");
        await Assertions.Expect(of.GetByTestId("candidats-lot")).ToContainTextAsync("Lot-Second");
        await Portail.CaptureAsync(of, "34-lot-refuse");

        // Retained on a fixed-date session: the session's dates and hours by default (LOT-02).
        await of.GetByText("Retenus", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("defauts-lot")).ToContainTextAsync("dates fixes");
        await of.GetByRole(AriaRole.Button, new() { Name = "Valider l'avis pour la sélection (2)" }).ClickAsync();
        await Assertions.Expect(of.GetByText("2 candidat(s) retenu(s).")).ToBeVisibleAsync();
        await Assertions.Expect(of.GetByTestId("candidats-lot")).ToHaveCountAsync(0);
        await Portail.CaptureAsync(of, "35-lot-retenus");
        await Portail.VerifierAccessibiliteAsync(of);
    }

    private static async Task SelectionnerAsync(IPage page, params string[] noms)
    {
        foreach (var nom in noms)
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Sélectionner Camille {nom}" }).CheckAsync();
        }
    }

    private static async Task<int> RetenuesAsync(IPage page)
    {
        await page.GotoAsync("/tableau-de-bord");
        var cellule = page.GetByTestId("role-Positionneur").GetByTestId("retenues");
        await cellule.Or(page.GetByTestId("vide")).First.WaitForAsync();
        return await cellule.CountAsync() == 0 ? 0 : int.Parse((await cellule.InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);
    }

    private static string Jour(JsonElement candidature, string champ) =>
        DateOnly.Parse(candidature.GetProperty(champ).GetString()!, CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", Fr);

    private static async Task<JsonElement> JsonAsync(IAPIResponse reponse)
    {
        var texte = await reponse.TextAsync();
        Assert.True(reponse.Ok, $"{reponse.Status} {reponse.Url} : {texte}");
        return JsonDocument.Parse(texte).RootElement.Clone();
    }
}
