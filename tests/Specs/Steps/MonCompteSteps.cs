using Rafael.Api.Contracts;
using Rafael.Engine.Rattachements;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>My account (ACC-09): my information, my password, my structures with my profiles, my current structure.</summary>
public sealed class MonCompteSteps(Monde monde, HttpSteps http)
{
    [Alors("{string} a les structures suivantes :")]
    public async Task ALesStructures(string email, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var moi = await Moi(email);
        var lues = moi.Structures.Select(s => string.Join(" | ", table.Header.Select(c => c switch
        {
            "structure" => s.Structure,
            "profil" => s.Profil is { } p ? Profils.Libelle(p) : "—",
            "profils" => string.Join(", ", s.Profils),
            "référent" => s.EstReferent ? "oui" : "non",
            _ => throw new ArgumentException($"Colonne inconnue « {c} » (structure, profil, profils, référent)."),
        }))).ToList();
        var attendues = table.Rows.Select(r => string.Join(" | ", table.Header.Select(h => r[h]))).ToList();
        Assert.True(attendues.SequenceEqual(lues), $"Attendu :\n{string.Join("\n", attendues)}\nLu :\n{string.Join("\n", lues)}");
    }

    [Quand("{string} modifie ses informations :")]
    public async Task ModifieSesInformations(string email, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var moi = await Moi(email);
        var champs = table.ToDictionary();
        var modification = new MoiModification(
            champs.GetValueOrDefault("email", moi.Email),
            champs.GetValueOrDefault("prénom", moi.Prenom),
            champs.GetValueOrDefault("nom", moi.Nom),
            champs.TryGetValue("téléphone", out var telephone) ? telephone : moi.Telephone);
        var response = await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Put, "api/moi", modification);
        if (response.IsSuccessStatusCode && !string.Equals(modification.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            monde.Renommer(email, modification.Email);
        }
    }

    [Alors("les informations de {string} sont :")]
    public async Task SesInformationsSont(string email, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var moi = await Moi(email);
        foreach (var (champ, attendu) in table.ToDictionary())
        {
            var lu = champ switch
            {
                "email" => moi.Email,
                "prénom" => moi.Prenom,
                "nom" => moi.Nom,
                "téléphone" => moi.Telephone ?? string.Empty,
                _ => throw new ArgumentException($"Champ inconnu « {champ} » (email, prénom, nom, téléphone)."),
            };
            Assert.True(attendu == lu, $"{champ} : attendu « {attendu} », lu « {lu} ».");
        }
    }

    [Quand("{string} change son mot de passe pour {string}")]
    public async Task ChangeSonMotDePasse(string email, string nouveau)
    {
        var personne = monde.Personne(email);
        var response = await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Put, "api/moi/mot-de-passe",
            new MotDePasseModification(personne.MotDePasse, nouveau));
        if (response.IsSuccessStatusCode)
        {
            personne.MotDePasse = nouveau;
        }
    }

    [Quand("{string} change son mot de passe pour {string} en donnant {string} comme mot de passe actuel")]
    public async Task ChangeSonMotDePasseAvec(string email, string nouveau, string actuel) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Put, "api/moi/mot-de-passe", new MotDePasseModification(actuel, nouveau));

    [Quand("{string} choisit {string} comme structure courante")]
    public async Task ChoisitSaStructureCourante(string email, string structure) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Put, "api/moi/structure-courante", new StructureCouranteRequete(monde.Structure(structure)));

    [Alors("{string} agit pour {string} avec le profil {string}")]
    public async Task AgitPour(string email, string structure, string profil)
    {
        var moi = await Moi(email);
        Assert.True(moi.StructureCouranteId == monde.Structure(structure),
            $"Structure courante de {email} : {(moi.StructureCouranteId is { } id ? monde.NomDeStructure(id) : "aucune")}, attendu {structure}.");
        var courante = moi.Structures.Single(s => s.StructureId == moi.StructureCouranteId);
        Assert.Equal(Libelles.ProfilOuAucun(profil), courante.Profil);
    }

    private async Task<MoiDto> Moi(string email)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, "api/moi");
        http.ExigerSucces($"{email} lit son compte");
        return http.Lire<MoiDto>();
    }
}
