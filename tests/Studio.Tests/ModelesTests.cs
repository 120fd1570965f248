using Microsoft.Playwright;
using Rafael.Studio.Tests.Support;

namespace Rafael.Studio.Tests;

/// <summary>The template editor: errors at the line, live preview on sample data.</summary>
public sealed class ModelesTests(StudioHost host) : IClassFixture<StudioHost>
{
    [Fact]
    public async Task Une_erreur_de_syntaxe_est_donnee_a_la_ligne_et_l_apercu_suit_le_texte()
    {
        var page = await host.ConnecterAsync();
        await page.GotoAsync("/studio/modeles/compte.demande-acceptee");
        await Assertions.Expect(page.GetByTestId("sujet")).ToContainTextAsync("est acceptée");

        var editeur = page.GetByLabel("Texte du modèle (Scriban)");
        var texte = await editeur.InputValueAsync();
        await editeur.FillAsync(texte.Replace("est acceptée", "{{ if }}", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("erreurs-modele")).ToContainTextAsync("ligne ");

        await editeur.FillAsync(texte.Replace("est acceptée", "a bien été acceptée", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("sujet")).ToContainTextAsync("a bien été acceptée");
    }
}
