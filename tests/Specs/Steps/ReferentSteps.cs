using System.Text;
using Rafael.Api.Contracts;
using Rafael.Engine.Rattachements;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>What the référent of a structure does for its people (ACC-08): list, export, profiles, detach, report changes.</summary>
public sealed class ReferentSteps(Monde monde, HttpSteps http)
{
    [Quand("{string} consulte les personnes de {string}")]
    public async Task Consulte(string email, string structure) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, $"api/structures/{monde.Structure(structure)}/membres");

    [Alors("{string} voit les personnes de {string} :")]
    public async Task VoitLesPersonnes(string email, string structure, Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        await Consulte(email, structure);
        http.ExigerSucces($"{email} consulte les personnes de {structure}");
        var membres = http.Lire<List<MembreDto>>();
        var lues = membres.Select(m => Ligne(table.Header, m)).ToList();
        var attendues = table.Rows.Select(r => string.Join(" | ", table.Header.Select(h => r[h]))).ToList();
        Assert.True(attendues.SequenceEqual(lues), $"Attendu :\n{string.Join("\n", attendues)}\nLu :\n{string.Join("\n", lues)}");
    }

    [Quand("{string} exporte les personnes de {string}")]
    public async Task Exporte(string email, string structure) =>
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Get, $"api/structures/{monde.Structure(structure)}/membres.csv");

    [Alors("l'export est un fichier CSV en UTF-8 avec BOM, séparé par des points-virgules :")]
    public void ExportCsv(string attendu)
    {
        ArgumentNullException.ThrowIfNull(attendu);
        http.LaReponseALeStatut(200);
        Assert.Equal("text/csv", http.Response.Content.Headers.ContentType?.MediaType);
        var bom = Encoding.UTF8.GetPreamble();
        Assert.True(http.Bytes.AsSpan().StartsWith(bom), "Le fichier ne commence pas par le BOM UTF-8 (EF BB BF).");
        var texte = Encoding.UTF8.GetString(http.Bytes.AsSpan(bom.Length));
        var lignes = texte.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(attendu.ReplaceLineEndings("\n").Split('\n'), lignes);
    }

    [Quand("{string} attribue le profil {string} à {string} dans {string}")]
    public async Task AttribueLeProfil(string referent, string profil, string email, string structure) =>
        await http.EnvoyerAsync(await monde.ClientAsync(referent), HttpMethod.Put, Chemin(structure, email) + "/profil",
            new ProfilRequete(Libelles.Profil(profil)));

    [Quand("{string} retire le profil de gestion de {string} dans {string}")]
    public async Task RetireLeProfil(string referent, string email, string structure) =>
        await http.EnvoyerAsync(await monde.ClientAsync(referent), HttpMethod.Delete, Chemin(structure, email) + "/profil");

    [Quand("{string} donne à {string} les autres profils {string} dans {string}")]
    public async Task DonneLesAutresProfils(string referent, string email, string profils, string structure) =>
        await http.EnvoyerAsync(await monde.ClientAsync(referent), HttpMethod.Put, Chemin(structure, email) + "/autres-profils",
            new AutresProfilsRequete([.. Libelles.Liste(profils).Select(Enum.Parse<AutresProfils>)]));

    [Quand("{string} détache {string} de {string}")]
    public async Task Detache(string referent, string email, string structure) =>
        await http.EnvoyerAsync(await monde.ClientAsync(referent), HttpMethod.Delete, Chemin(structure, email));

    [Quand("{string} signale que {string} s'appelle désormais {string}")]
    public async Task Signale(string referent, string structure, string nouveauNom)
    {
        var client = await monde.ClientAsync(referent);
        await http.EnvoyerAsync(client, HttpMethod.Get, $"api/structures/{monde.Structure(structure)}");
        http.ExigerSucces($"{referent} lit {structure}");
        var actuelle = http.Lire<StructureDto>();
        var saisie = new StructureSaisie(actuelle.RaisonSociale, nouveauNom, actuelle.Sigle, actuelle.Siret, actuelle.Adresse, actuelle.Types);
        var response = await http.EnvoyerAsync(client, HttpMethod.Post, $"api/structures/{actuelle.Id}/signalements", new SignalementRequete(saisie, "Nous changeons de nom."));
        if (response.Headers.Location is { } location)
        {
            monde.Personne(referent).DerniereDemande = Guid.Parse(location.OriginalString.Split('/')[^1]);
        }
    }

    private string Chemin(string structure, string email) => $"api/structures/{monde.Structure(structure)}/membres/{monde.Personne(email).Id}";

    private static string Ligne(IReadOnlyList<string> colonnes, MembreDto m) => string.Join(" | ", colonnes.Select(c => c switch
    {
        "email" => m.Email ?? string.Empty,
        "nom" => m.Nom,
        "prénom" => m.Prenom,
        "profil" => m.ProfilLibelle ?? "—",
        "profils" => string.Join(", ", m.AutresProfils),
        "référent" => m.EstReferent ? "oui" : "non",
        _ => throw new ArgumentException($"Colonne inconnue « {c} » (email, nom, prénom, profil, profils, référent)."),
    }));
}
