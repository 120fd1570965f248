using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Studio.Tests.Support;

namespace Rafael.Studio.Tests;

/// <summary>
/// An analyst changes a parameter and a rule message, simulates, publishes; the next decision follows the new rule
/// (CAND-02: the maximum of candidatures in progress, per dispositif).
/// </summary>
public sealed class ParcoursReglesTests(StudioHost host) : IClassFixture<StudioHost>
{
    private const string NouveauMessage = "Déjà {candidat.candidaturesEnCours} candidatures en cours, le maximum du dispositif est {parametres.maxCandidaturesEnCours} (CAND-02).";

    [Fact]
    public async Task Un_analyste_change_un_parametre_et_un_message_simule_publie_et_la_decision_suivante_suit_la_nouvelle_regle()
    {
        var page = await host.ConnecterAsync();

        // Before: 3 candidatures in progress is the POEC maximum.
        Assert.False((await EvaluerAsync(3)).IsAllowed);

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

        // Simulation: what each draft changes, before publishing. Still nothing published.
        await page.GotoAsync("/studio/simulation?type=regles&nom=candidature.preinscription");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuler" }).ClickAsync();
        await Expect(page.GetByTestId("changements"), "maximum du dispositif");
        await page.GotoAsync("/studio/simulation?type=parametres&nom=POEC");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuler" }).ClickAsync();
        await Expect(page.GetByTestId("changements"), "maxCandidaturesEnCours");
        Assert.False((await EvaluerAsync(3)).IsAllowed);

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

        // The next decision follows the new parameter and speaks the new message.
        Assert.True((await EvaluerAsync(3)).IsAllowed);
        var refus = await EvaluerAsync(4);
        var echec = Assert.Single(refus.Failures);
        Assert.Equal("CAND-02", echec.RuleId);
        Assert.Equal("Déjà 4 candidatures en cours, le maximum du dispositif est 4 (CAND-02).", echec.Message);

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

    private async Task<RuleVerdict> EvaluerAsync(int candidaturesEnCours)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var parametres = await scope.ServiceProvider.GetRequiredService<IParametresProvider>().GetAsync("POEC");
        var regles = scope.ServiceProvider.GetRequiredService<IRuleEvaluator>();
        var verdict = await regles.EvaluateAsync("candidature.preinscription", new RuleInputs
        {
            ["maintenant"] = new DateOnly(2026, 3, 2),
            ["session"] = new
            {
                Dispositif = "POEC", Mesure = "POEC", Annulee = false, OuverteAuxCandidatures = true,
                DateLimiteInscription = new DateOnly(2026, 4, 1), EffectifVise = 12, CapaciteAccueil = 12, Coefficient = 3m, CandidaturesEnCours = 0,
            },
            ["candidat"] = new { CandidaturesEnCours = candidaturesEnCours, CandidaturesEnCoursHsp = 0 },
            ["structure"] = new { MesuresHabilitees = new[] { "POEC" } },
            ["utilisateur"] = new { NiveauPrescripteur = (int?)1 },
            ["parametres"] = parametres,
        });
        return verdict;
    }
}
