using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rafael.Portal.Tests.Support;

namespace Rafael.Portal.Tests;

/// <summary>Issue 9 quality, usable with the keyboard: a prescriber signs in, searches a session and pre-registers a
/// candidate with Tab, Enter, Space and arrows only (no click); an OF filters a list with a select by keyboard.</summary>
public sealed class ClavierTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Un_prescripteur_preinscrit_un_candidat_au_clavier_seul()
    {
        var page = await host.PageAsync();
        await page.GotoAsync("/connexion");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Connexion" }).WaitForAsync();

        // The skip link comes first, and shows when focused.
        var evitement = page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu" });
        await Clavier.TabulerJusquaAsync(page, evitement, arriere: true);
        Assert.True((await evitement.BoundingBoxAsync())!.X >= 0, "Le lien d'évitement doit être visible quand il a le focus.");

        await Clavier.SaisirAsync(page, page.GetByLabel("Adresse email"), "prescripteur3@demo.rafael.fr");
        await Clavier.SaisirAsync(page, page.GetByLabel("Mot de passe", new() { Exact = true }), Portail.MotDePasse);
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("structure-courante").WaitForAsync();

        // From the top of the home page, the skip link jumps over the header and the menu to the content.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();
        await Clavier.TabulerJusquaAsync(page, evitement, arriere: true);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();

        // The menu, by keyboard.
        await Clavier.ActiverAsync(page, page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Préinscrire un candidat" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Préinscrire un candidat" })).ToBeFocusedAsync();

        // Search: type, Enter submits the form.
        await Clavier.SaisirAsync(page, page.GetByLabel("Intitulé, référence, organisme"), "Technicien d'assistance informatique");
        await page.Keyboard.PressAsync("Enter");
        var choisir = page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Préinscrire sur Technicien d'assistance informatique") }).First;

        // Space on the row's button opens the form and moves the focus to it.
        await Clavier.ActiverAsync(page, choisir, "Space");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Préinscription sur « Technicien d'assistance informatique »") })).ToBeFocusedAsync();
        await Clavier.SaisirAsync(page, page.GetByLabel("Nom du candidat", new() { Exact = true }), "Clavier-Seul");
        await Clavier.SaisirAsync(page, page.GetByLabel("Prénom du candidat"), "Sacha");
        await Clavier.SaisirAsync(page, page.GetByLabel("Date de naissance"), "04/07/1992");
        await Clavier.SaisirAsync(page, page.GetByLabel("Email du candidat"), "sacha.clavier@exemple.fr");
        await Clavier.ActiverAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Préinscrire", Exact = true }));

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/candidatures/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByTestId("etat")).ToHaveTextAsync("En attente");
        await Assertions.Expect(page.GetByText("04/07/1992").First).ToBeVisibleAsync();
        await Portail.VerifierAccessibiliteAsync(page);
    }

    [Fact]
    public async Task Un_OF_choisit_un_filtre_dans_une_liste_deroulante_au_clavier()
    {
        var page = await host.PageAsync();
        await Portail.ConnecterAsync(page, "referent.of@demo.rafael.fr");
        await page.GotoAsync("/candidatures/sessions?terminees=true");
        await Assertions.Expect(page.GetByTestId("sessions-candidatures").Locator("tbody tr").First).ToBeVisibleAsync();

        // The select opens with Enter, the arrows move, Enter chooses; the form is sent with Enter on its button.
        var etat = page.GetByRole(AriaRole.Combobox).Filter(new() { HasText = "État de la session" }).Or(page.GetByLabel("État de la session")).First;
        await Clavier.ActiverAsync(page, etat);
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await Clavier.ActiverAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("etat=[a-z-]+"));
        await Assertions.Expect(page.GetByTestId("sessions-candidatures").Or(page.GetByTestId("vide")).First).ToBeVisibleAsync();
    }
}
