using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Rafael.Portal.Tests.Support;

namespace Rafael.Portal.Tests;

/// <summary>CAT-04 in the browser: an administrator imports a funder's file and reads the per-line report; an OF is refused.</summary>
public sealed class ImportOffreTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Un_administrateur_importe_l_offre_conventionnee_et_lit_le_rapport_ligne_par_ligne()
    {
        var admin = await host.PageAsync();
        await Portail.ConnecterAsync(admin, "admin@demo.rafael.fr");
        var structures = JsonDocument.Parse(await (await admin.APIRequest.GetAsync("/api/structures/recherche?q=Garonne")).TextAsync()).RootElement;
        var siret = structures.EnumerateArray().First().GetProperty("siret").GetString()!;
        var valide = Ligne(siret, "S1", 2);
        var horsBornes = Ligne(siret, "S2", 9);
        var fichier = JsonSerializer.Serialize(new[] { valide, horsBornes });

        await admin.GetByRole(AriaRole.Link, new() { Name = "Import de l'offre conventionnée" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true })).ToBeDisabledAsync();
        await Portail.CaptureAsync(admin, "40-import-offre");
        await Portail.VerifierAccessibiliteAsync(admin);
        await admin.GetByLabel("Fichier à importer").SetInputFilesAsync(new FilePayload { Name = "offre-prf.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(fichier) });
        await Assertions.Expect(admin.GetByTestId("fichier-choisi")).ToContainTextAsync("offre-prf.json");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();

        var compteurs = admin.GetByTestId("compteurs-import");
        await Assertions.Expect(compteurs).ToContainTextAsync("Créées1");
        await Assertions.Expect(compteurs).ToContainTextAsync("Rejetées1");
        var rejet = admin.GetByTestId("rejets").Locator("tbody tr");
        await Assertions.Expect(rejet).ToHaveCountAsync(1);
        await Assertions.Expect(rejet).ToContainTextAsync("2");
        await Assertions.Expect(rejet).ToContainTextAsync("coefficient");
        await Assertions.Expect(admin).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/catalogue/imports/[0-9a-f-]{36}$"));
        await Portail.CaptureAsync(admin, "41-rapport-import");
        await Portail.VerifierAccessibiliteAsync(admin);

        // The report stays readable at its address.
        await admin.ReloadAsync();
        await Assertions.Expect(admin.GetByTestId("compteurs-import")).ToContainTextAsync("Rejetées1");
    }

    [Fact]
    public async Task Un_organisme_de_formation_ne_peut_pas_importer()
    {
        var of = await host.PageAsync();
        await Portail.ConnecterAsync(of, "referent.of@demo.rafael.fr");
        await of.GotoAsync("/catalogue/imports");
        await of.GetByLabel("Fichier à importer").SetInputFilesAsync(new FilePayload { Name = "offre.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("[]") });
        await of.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
        await Assertions.Expect(of.GetByTestId("probleme")).ToContainTextAsync("CAT-04");
        await Assertions.Expect(of.GetByTestId("rapport-import")).ToHaveCountAsync(0);
    }

    private static Dictionary<string, object?> Ligne(string siret, string session, decimal coefficient)
    {
        var cle = Guid.NewGuid().ToString("N")[..8];
        return new()
        {
            ["mesure"] = "PRF-QUALIF",
            ["numeroMarche"] = $"M-{cle}",
            ["identifiantAction"] = $"A-{cle}",
            ["identifiantSession"] = $"{session}-{cle}",
            ["siretResponsable"] = siret,
            ["intitule"] = "Agent de propreté et d'hygiène",
            ["objectifGeneral"] = "Certification",
            ["objectifs"] = "Réaliser les opérations de nettoyage courant",
            ["programme"] = "- Techniques de nettoyage\n- Hygiène et sécurité",
            ["validation"] = "CertificationRncp",
            ["certifications"] = "RNCP35185=Agent de propreté et d'hygiène",
            ["durees"] = "CoursDuJour=420",
            ["conditionsAcces"] = "RAS",
            ["prerequis"] = "Savoir lire et écrire",
            ["voieAcces"] = "FormationContinue",
            ["horsAlternance"] = "non",
            ["dateDebut"] = "2027-09-06",
            ["dateFin"] = "2027-12-17",
            ["typeEntree"] = "DatesFixes",
            ["lieuLigne"] = "12 quai des Chartrons",
            ["lieuCodePostal"] = "33000",
            ["lieuVille"] = "Bordeaux",
            ["certificationsSession"] = "RNCP35185=Totale",
            ["effectifMinimal"] = 8,
            ["places"] = 12,
            ["capaciteAccueil"] = 14,
            ["coefficient"] = coefficient,
            ["dateLimiteInscription"] = "2027-08-27",
            ["dateLimiteEntreeTardive"] = "2027-09-17",
        };
    }
}
