using System.Text.Json;
using Microsoft.Playwright;

namespace Rafael.Portal.Tests.Support;

/// <summary>What the journeys do often: sign in, wait for the page, check accessibility, take a screenshot.</summary>
public static class Portail
{
    public const string MotDePasse = "Demo-Rafael-2026!";

    /// <summary>The folder the README names for the screenshots: TestResults/portal-screenshots at the repository root.</summary>
    public static string DossierCaptures { get; } = Path.Combine(Racine(), "TestResults", "portal-screenshots");

    public static async Task ConnecterAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Adresse email").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(MotDePasse);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
        await page.GetByTestId("structure-courante").Or(page.GetByRole(AriaRole.Heading, new() { Name = "Bonjour" })).First.WaitForAsync();
    }

    /// <summary>Waits for the portal's heading, then saves a full-page screenshot under <see cref="DossierCaptures"/>.</summary>
    public static async Task CaptureAsync(IPage page, string nom)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(DossierCaptures);
        await page.ScreenshotAsync(new() { Path = Path.Combine(DossierCaptures, nom + ".png"), FullPage = true });
    }

    /// <summary>Fails with every serious or critical axe-core violation of the page, each with the elements concerned.</summary>
    public static async Task VerifierAccessibiliteAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"Accessibilité ({page.Url}) :\n" + string.Join("\n", violations));
    }

    /// <summary>Runs axe-core (WCAG 2.1 A and AA) on the page and returns the serious and critical violations.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new() { Path = Axe() });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });" +
            " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.impact + ' ' + v.id + ' : ' + v.help + ' → ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')); }");
        return [.. json.EnumerateArray().Select(v => v.GetString()!)];
    }

    private static string Axe()
    {
        var chemin = Path.Combine(Racine(), "tests", "Portal.Tests", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(chemin)
            ? chemin
            : throw new InvalidOperationException($"axe-core est introuvable ({chemin}) : lancez « npm ci » dans tests/Portal.Tests.");
    }

    private static string Racine()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "Rafael.sln")))
        {
            dossier = dossier.Parent;
        }

        return dossier?.FullName ?? throw new InvalidOperationException("Racine du dépôt (Rafael.sln) introuvable.");
    }
}
