using Microsoft.Playwright;

namespace Rafael.Portal.Tests.Support;

/// <summary>Moves through a page with the keyboard only, the way a user without a mouse does.</summary>
public static class Clavier
{
    /// <summary>Presses Tab (Shift+Tab when <paramref name="arriere"/>) until the element has the focus (waiting for it to
    /// be rendered first), then checks that a link or button shows where the focus is; fails after
    /// <paramref name="maximum"/> presses.</summary>
    public static async Task TabulerJusquaAsync(IPage page, ILocator cible, int maximum = 80, bool arriere = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(cible);
        await cible.WaitForAsync();
        var parcourus = new List<string>();
        for (var i = 0; i < maximum; i++)
        {
            if (await cible.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                await FocusVisibleAsync(cible);
                return;
            }

            await page.Keyboard.PressAsync(arriere ? "Shift+Tab" : "Tab");
            parcourus.Add(await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return e ? e.tagName + ' « ' + (e.getAttribute('aria-label') || e.innerText || e.getAttribute('name') || e.id || '').trim().slice(0, 40) + ' »' : '—'; }"));
        }

        Assert.Fail($"{cible} n'a pas reçu le focus après {maximum} tabulations. Parcours : {string.Join(" → ", parcourus.TakeLast(15))}");
    }

    /// <summary>Tabs to the element, then presses the key (Enter, Space…).</summary>
    public static async Task ActiverAsync(IPage page, ILocator cible, string touche = "Enter")
    {
        await TabulerJusquaAsync(page, cible);
        await page.Keyboard.PressAsync(touche);
    }

    /// <summary>Tabs to the field, then types the text.</summary>
    public static async Task SaisirAsync(IPage page, ILocator champ, string texte)
    {
        await TabulerJusquaAsync(page, champ);
        await page.Keyboard.TypeAsync(texte);
    }

    /// <summary>A focused link or button must show a visible ring (WCAG 2.4.7).</summary>
    public static async Task FocusVisibleAsync(ILocator cible)
    {
        ArgumentNullException.ThrowIfNull(cible);
        var style = await cible.EvaluateAsync<string>(
            "e => { if (!e.matches('a, button, [role=button], [role=tab]')) return 'champ'; const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.True(style == "champ" || (!style.StartsWith("none", StringComparison.Ordinal) && !style.EndsWith(" 0px", StringComparison.Ordinal)),
            $"{cible} a le focus sans anneau visible (outline : {style}).");
    }
}
