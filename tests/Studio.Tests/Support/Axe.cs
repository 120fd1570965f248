using System.Text.Json;
using Microsoft.Playwright;

namespace Rafael.Studio.Tests.Support;

/// <summary>axe-core (from npm, copied beside the tests) run in the page: the violations, one line each.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new() { Content = Script.Value });
        var resultat = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }); " +
            "return r.violations.map(v => v.id + ' : ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ') + ')'); }");
        return [.. resultat.EnumerateArray().Select(v => v.GetString()!)];
    }
}
