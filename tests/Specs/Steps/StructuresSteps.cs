using Rafael.Api.Contracts;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>Structures: created by an administrator (HAB-02) with their SIRET checked (ACC-01), found by anyone (ACC-05).</summary>
public sealed class StructuresSteps(Monde monde, HttpSteps http)
{
    [Soit("les structures suivantes :")]
    public async Task LesStructuresSuivantes(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var ligne in table.Rows)
        {
            await Creer(SaisieStructure.Depuis(ligne));
            http.ExigerSucces($"Création de la structure « {ligne["nom"]} »");
        }
    }

    [Quand("l'administrateur crée la structure :")]
    public Task CreeLaStructure(Table table) => Creer(SaisieStructure.Depuis(table));

    [Quand("l'administrateur crée la structure {string} de SIRET {string}")]
    public Task CreeLaStructureDeSiret(string nom, string siret) =>
        Creer(SaisieStructure.Depuis(new Dictionary<string, string> { ["nom"] = nom, ["siret"] = siret, ["types"] = "OrganismeFormation" }));

    [Alors("la structure {string} est créée")]
    public void EstCreee(string nom)
    {
        http.LaReponseALeStatut(201);
        Assert.Equal(nom, http.Lire<StructureDto>().Nom);
    }

    [Quand("une personne cherche {string} parmi les structures")]
    public Task Cherche(string texte) =>
        http.EnvoyerAsync(monde.Anonyme(), HttpMethod.Get, "api/structures/recherche?q=" + Uri.EscapeDataString(texte));

    [Alors("elle trouve {string}")]
    public void ElleTrouve(string nom)
    {
        http.LaReponseALeStatut(200);
        var trouvees = http.Lire<List<StructureResume>>().Select(s => s.Nom).ToList();
        Assert.True(trouvees.Contains(nom), $"« {nom} » n'est pas parmi les structures trouvées : {string.Join(", ", trouvees)}");
    }

    [Alors("elle ne trouve aucune structure")]
    public void ElleNeTrouveRien()
    {
        http.LaReponseALeStatut(200);
        Assert.Empty(http.Lire<List<StructureResume>>());
    }

    [Alors("la structure {string} a :")]
    public async Task LaStructureA(string nom, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        await http.EnvoyerAsync(await monde.ClientAsync(monde.Administrateur), HttpMethod.Get, $"api/structures/{monde.Structure(nom)}");
        http.ExigerSucces($"Lecture de la structure « {nom} »");
        var structure = http.Lire<StructureDto>();
        foreach (var (champ, attendu) in table.ToDictionary())
        {
            var lu = champ switch
            {
                "raison sociale" => structure.RaisonSociale,
                "nom" => structure.Nom,
                "sigle" => structure.Sigle ?? string.Empty,
                "siret" => structure.Siret,
                "types" => string.Join(", ", structure.Types),
                "ville" => structure.Adresse.Ville,
                "code postal" => structure.Adresse.CodePostal,
                "département" => structure.Adresse.Departement,
                _ => throw new ArgumentException($"Champ de structure inconnu « {champ} »."),
            };
            Assert.True(attendu == lu, $"{nom}, {champ} : attendu « {attendu} », lu « {lu} ».");
        }
    }

    private async Task Creer(object saisie)
    {
        var response = await http.EnvoyerAsync(await monde.ClientAsync(monde.Administrateur), HttpMethod.Post, "api/structures", saisie);
        if (response.IsSuccessStatusCode)
        {
            var structure = http.Lire<StructureDto>();
            monde.AjouterStructure(structure.Nom, structure.Id);
        }
    }
}
