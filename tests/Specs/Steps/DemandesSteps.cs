using Microsoft.EntityFrameworkCore;
using Rafael.Api.Contracts;
using Rafael.Engine.Demandes;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>Account requests (ACC-05), structures "pas dans la liste" (ACC-06), affiliations (ACC-07) and their decisions.</summary>
public sealed class DemandesSteps(Monde monde, HttpSteps http, BaseDeDonnees bd)
{
    [Quand("{string} demande un compte dans la structure {string}")]
    public Task DemandeUnCompte(string email, string structure) =>
        Demander(email, new DemandeCompteRequete(email, Monde.MotDePasseParDefaut, "Inès", "Martin", null, monde.Structure(structure), null, "Je rejoins l'équipe."));

    [Quand("{string} demande un compte en décrivant sa structure :")]
    public Task DemandeUnCompteEtUneStructure(string email, Table structure) =>
        Demander(email, new
        {
            email,
            motDePasse = Monde.MotDePasseParDefaut,
            prenom = "Inès",
            nom = "Martin",
            nouvelleStructure = SaisieStructure.Depuis(structure),
            message = "Ma structure n'est pas dans la liste.",
        });

    [Quand("{string} demande son rattachement à {string}")]
    public async Task DemandeSonRattachement(string email, string structure)
    {
        var response = await http.EnvoyerAsync(await monde.ClientAsync(email), HttpMethod.Post, "api/demandes/rattachement",
            new DemandeRattachementRequete(monde.Structure(structure), "Je travaille aussi pour vous."));
        if (response.IsSuccessStatusCode)
        {
            monde.Personne(email).DerniereDemande = http.Lire<DemandeDto>().Id;
        }
    }

    [Quand("{string} accepte la demande de {string} avec le profil {string}")]
    public async Task Accepte(string decideur, string demandeur, string profil) =>
        await http.EnvoyerAsync(await monde.ClientAsync(decideur), HttpMethod.Post, $"api/demandes/{DemandeDe(demandeur)}/accepter",
            new AcceptationRequete(Libelles.Profil(profil)));

    [Quand("{string} accepte la demande de {string}")]
    public async Task AccepteSansProfil(string decideur, string demandeur) =>
        await http.EnvoyerAsync(await monde.ClientAsync(decideur), HttpMethod.Post, $"api/demandes/{DemandeDe(demandeur)}/accepter", new AcceptationRequete(null));

    [Quand("{string} refuse la demande de {string} pour le motif {string}")]
    public async Task Refuse(string decideur, string demandeur, string motif) =>
        await http.EnvoyerAsync(await monde.ClientAsync(decideur), HttpMethod.Post, $"api/demandes/{DemandeDe(demandeur)}/refuser", new RefusRequete(motif));

    [Alors("{string} a à décider la demande de {string}")]
    public async Task AADecider(string decideur, string demandeur) =>
        Assert.Contains(DemandeDe(demandeur), await ADecider(decideur));

    [Alors("{string} n'a pas à décider la demande de {string}")]
    public async Task NAPasADecider(string decideur, string demandeur) =>
        Assert.DoesNotContain(DemandeDe(demandeur), await ADecider(decideur));

    [Alors("la demande de {string} est acceptée avec le profil {string}")]
    public async Task EstAcceptee(string demandeur, string profil)
    {
        var demande = await Lire(demandeur);
        Assert.Equal(StatutDemande.Acceptee, demande.Statut);
        Assert.Equal(Libelles.Profil(profil), demande.ProfilAttribue);
    }

    [Alors("la demande de {string} est refusée pour le motif {string}")]
    public async Task EstRefusee(string demandeur, string motif)
    {
        var demande = await Lire(demandeur);
        Assert.Equal(StatutDemande.Refusee, demande.Statut);
        Assert.Equal(motif, demande.MotifRefus);
    }

    [Alors("la demande de {string} est toujours en attente")]
    public async Task EnAttente(string demandeur) => Assert.Equal(StatutDemande.EnAttente, (await Lire(demandeur)).Statut);

    private async Task Demander(string email, object requete)
    {
        var response = await http.EnvoyerAsync(monde.Anonyme(), HttpMethod.Post, "api/demandes/compte", requete);
        if (!response.IsSuccessStatusCode)
        {
            return;
        }

        var demande = http.Lire<DemandeDto>();
        var personne = monde.Connait(email) ? monde.Personne(email) : monde.AjouterPersonne(email, demande.CompteId, Monde.MotDePasseParDefaut);
        personne.DerniereDemande = demande.Id;
    }

    private Guid DemandeDe(string demandeur) =>
        monde.Personne(demandeur).DerniereDemande ?? throw new InvalidOperationException($"{demandeur} n'a fait aucune demande dans ce scénario.");

    private async Task<List<Guid>> ADecider(string decideur)
    {
        await http.EnvoyerAsync(await monde.ClientAsync(decideur), HttpMethod.Get, "api/demandes/a-decider");
        http.ExigerSucces($"Demandes à décider de {decideur}");
        return [.. http.Lire<List<DemandeDto>>().Select(d => d.Id)];
    }

    // The requester may not be able to sign in (refused, or not yet validated): the decision is read where it is kept.
    private Task<Demande> Lire(string demandeur)
    {
        var id = DemandeDe(demandeur);
        return bd.LireAsync(db => db.Demandes.AsNoTracking().SingleAsync(d => d.Id == id));
    }
}
