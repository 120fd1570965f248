using System.Globalization;
using Rafael.Api.Contracts;
using Rafael.Engine.Rattachements;
using Rafael.Specs.Runner;

namespace Rafael.Specs.Steps;

/// <summary>
/// Accounts made by an administrator (HAB-02). A person listed again under another structure is attached to it the
/// way the guide says (ACC-07): they ask, and that structure's référent (or, without one, an administrator) accepts.
/// </summary>
public sealed class ComptesSteps(Monde monde, HttpSteps http)
{
    [Soit("les comptes suivants :")]
    public async Task LesComptesSuivants(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var ligne in table.Rows)
        {
            var email = ligne["email"];
            var structure = ligne["structure"];
            var profil = Libelles.ProfilOuAucun(ligne.GetValueOrDefault("profil", string.Empty));
            var referent = Libelles.OuiNon(ligne.GetValueOrDefault("référent", "non"));
            if (monde.Connait(email))
            {
                await RattacherAsync(email, structure, profil, referent);
                continue;
            }

            var (prenom, nom) = Identite(email, ligne);
            await CreerAsync(email, prenom, nom, structure, profil, referent);
            http.ExigerSucces($"Création du compte de {email}");
        }
    }

    [Quand("l'administrateur crée le compte de {string} dans {string} avec le profil {string}")]
    public async Task CreeLeCompte(string email, string structure, string profil)
    {
        var (prenom, nom) = Identite(email, new Dictionary<string, string>());
        await CreerAsync(email, prenom, nom, structure, Libelles.Profil(profil), referent: false);
    }

    private async Task CreerAsync(string email, string prenom, string nom, string structure, ProfilGestion? profil, bool referent)
    {
        var admin = await monde.ClientAsync(monde.Administrateur);
        var response = await http.EnvoyerAsync(admin, HttpMethod.Post, "api/comptes",
            new CompteCreation(email, Monde.MotDePasseParDefaut, prenom, nom, monde.Structure(structure), profil, referent));
        if (!response.IsSuccessStatusCode || monde.Connait(email))
        {
            return;
        }

        var personne = monde.AjouterPersonne(email, http.Lire<CompteDto>().Id, Monde.MotDePasseParDefaut);
        if (referent)
        {
            monde.NommerReferent(structure, personne);
        }
    }

    private async Task RattacherAsync(string email, string structure, ProfilGestion? profil, bool referent)
    {
        var personne = monde.Personne(email);
        var structureId = monde.Structure(structure);
        await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, "api/demandes/rattachement", new DemandeRattachementRequete(structureId, null));
        http.ExigerSucces($"Demande de rattachement de {email} à {structure}");
        var demande = http.Lire<DemandeDto>().Id;
        var actuel = monde.ReferentDe(structure);
        if (actuel is null && !referent)
        {
            throw new InvalidOperationException(
                $"{structure} n'a pas de référent : qui s'y rattache en devient référent (ACC-05). Indiquez « oui » pour {email}, ou nommez d'abord son référent.");
        }

        var decideur = actuel?.Email ?? monde.Administrateur;
        var client = await monde.ClientAsync(decideur);

        // The référent decides as the structure's référent: it must be their current structure for that moment.
        var avant = actuel is null ? null : (Guid?)(await LireMoi(client)).StructureCouranteId;
        if (avant is not null && avant != structureId)
        {
            await http.EnvoyerAsync(client, HttpMethod.Put, "api/moi/structure-courante", new StructureCouranteRequete(structureId));
            http.ExigerSucces($"{decideur} choisit {structure}");
        }

        await http.EnvoyerAsync(client, HttpMethod.Post, $"api/demandes/{demande}/accepter", new AcceptationRequete(profil));
        http.ExigerSucces($"{decideur} accepte le rattachement de {email} à {structure}");
        if (avant is { } precedente && precedente != structureId)
        {
            await http.EnvoyerAsync(client, HttpMethod.Put, "api/moi/structure-courante", new StructureCouranteRequete(precedente));
            http.ExigerSucces($"{decideur} revient à sa structure courante");
        }

        if (referent && actuel is not null)
        {
            await http.EnvoyerAsync(await monde.ClientAsync(monde.Administrateur), HttpMethod.Put, $"api/structures/{structureId}/referent", new ReferentRequete(personne.Id));
            http.ExigerSucces($"L'administrateur nomme {email} référent de {structure}");
        }

        if (referent || actuel is null)
        {
            monde.NommerReferent(structure, personne);
        }
    }

    private async Task<MoiDto> LireMoi(HttpClient client)
    {
        await http.EnvoyerAsync(client, HttpMethod.Get, "api/moi");
        http.ExigerSucces("Lecture de mon compte");
        return http.Lire<MoiDto>();
    }

    /// <summary>Names default to the email's: "julien@garonne.fr" is Julien Garonne.</summary>
    private static (string Prenom, string Nom) Identite(string email, IReadOnlyDictionary<string, string> ligne)
    {
        var texte = CultureInfo.GetCultureInfo("fr-FR").TextInfo;
        var parties = email.Split('@');
        var prenom = ligne.GetValueOrDefault("prénom") ?? texte.ToTitleCase(parties[0].Split('.')[0]);
        var nom = ligne.GetValueOrDefault("nom") ?? texte.ToTitleCase(parties[^1].Split('.')[0]);
        return (prenom, nom);
    }
}
