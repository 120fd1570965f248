using System.Text.Json;
using Microsoft.Playwright;
using Rafael.Portal.Tests.Support;

namespace Rafael.Portal.Tests;

/// <summary>The session page the emails link to (/sessions/{id}): every field, the funded ones read-only except what
/// CAT-12 opens to the OF, refusals shown on the form (CAT-13), and a non-funded session edited and saved.</summary>
public sealed class SessionTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Une_session_conventionnee_ne_laisse_modifier_que_ce_que_CAT_12_ouvre()
    {
        var of = await host.PageAsync();
        await Portail.ConnecterAsync(of, "referent.of@demo.rafael.fr");
        var session = await SessionAsync(of, conventionnee: true, s => s.GetProperty("codeDispositif").GetString() == "PRF");
        await of.GotoAsync($"/sessions/{session.GetProperty("id").GetGuid()}");

        await Assertions.Expect(of.GetByTestId("lecture-seule")).ToContainTextAsync("CAT-12");
        await Assertions.Expect(of.GetByLabel("Dispositif")).ToHaveValueAsync("PRF");
        await Assertions.Expect(of.GetByLabel("Dispositif")).ToHaveAttributeAsync("readonly", string.Empty);
        await Assertions.Expect(of.GetByLabel("N° de marché")).ToHaveAttributeAsync("readonly", string.Empty);
        await Assertions.Expect(of.GetByLabel("Lieu : ville")).ToHaveAttributeAsync("readonly", string.Empty);
        await Assertions.Expect(of.GetByLabel("Coefficient de candidatures")).Not.ToHaveAttributeAsync("readonly", string.Empty);
        await Portail.CaptureAsync(of, "26-session-conventionnee");
        await Portail.VerifierAccessibiliteAsync(of);

        // Out of the dispositif's bounds: refused with the rule, nothing saved.
        await of.GetByLabel("Coefficient de candidatures").FillAsync("9");
        await of.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la session" }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("probleme")).ToContainTextAsync("CAT-13");

        await of.GetByLabel("Coefficient de candidatures").FillAsync("3");
        await of.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la session" }).ClickAsync();
        await Assertions.Expect(of.GetByText("La session est enregistrée")).ToBeVisibleAsync();
        await of.ReloadAsync();
        await Assertions.Expect(of.GetByLabel("Coefficient de candidatures")).ToHaveValueAsync("3");
    }

    [Fact]
    public async Task Une_session_non_conventionnee_se_modifie_et_les_liens_des_emails_ouvrent_la_bonne_page()
    {
        var of = await host.PageAsync();
        await Portail.ConnecterAsync(of, "referent.of@demo.rafael.fr");
        var session = await SessionAsync(of, conventionnee: false, _ => true);
        var id = session.GetProperty("id").GetGuid();
        await of.GotoAsync($"/sessions/{id}");
        await Assertions.Expect(of.GetByRole(AriaRole.Heading, new() { Name = $"Session {session.GetProperty("reference").GetString()}" })).ToBeVisibleAsync();
        await Assertions.Expect(of.GetByTestId("lecture-seule")).ToHaveCountAsync(0);

        await of.GetByLabel("Lieu : ville").FillAsync("Mérignac");
        await of.GetByLabel("Lieu : code postal").FillAsync("");
        await of.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la session" }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("probleme")).ToBeVisibleAsync();
        await of.GetByLabel("Lieu : code postal").FillAsync("33700");
        await of.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la session" }).ClickAsync();
        await Assertions.Expect(of.GetByText("La session est enregistrée")).ToBeVisibleAsync();
        await Portail.CaptureAsync(of, "27-session");
        await Portail.VerifierAccessibiliteAsync(of);

        // The link of the action's email opens the action page, with this session in its table.
        await of.GetByRole(AriaRole.Link, new() { Name = "voir l'action" }).ClickAsync();
        await Assertions.Expect(of).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/actions/[0-9a-f-]{36}$"));
        await Assertions.Expect(of.GetByTestId("sessions-action")).ToContainTextAsync("Mérignac");
    }

    private static async Task<JsonElement> SessionAsync(IPage page, bool conventionnee, Func<JsonElement, bool> choix)
    {
        var liste = await JsonAsync(await page.APIRequest.GetAsync($"/api/catalogue/actions?onglet=publiee&conventionnee={(conventionnee ? "true" : "false")}&taille=50"));
        foreach (var a in liste.GetProperty("elements").EnumerateArray())
        {
            var action = await JsonAsync(await page.APIRequest.GetAsync($"/api/actions/{a.GetProperty("id").GetGuid()}"));
            foreach (var s in action.GetProperty("sessions").EnumerateArray())
            {
                if (s.GetProperty("statut").GetString() == "ouverte" && choix(s))
                {
                    return s;
                }
            }
        }

        throw new InvalidOperationException("Aucune session de démonstration ne convient.");
    }

    private static async Task<JsonElement> JsonAsync(IAPIResponse reponse)
    {
        var texte = await reponse.TextAsync();
        Assert.True(reponse.Ok, $"{reponse.Status} {reponse.Url} : {texte}");
        return JsonDocument.Parse(texte).RootElement.Clone();
    }
}
