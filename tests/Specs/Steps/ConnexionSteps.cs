using System.Text.Json;
using Rafael.Api.Contracts;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>Signing in with email and password: only a validated, active account may (ACC-05).</summary>
public sealed class ConnexionSteps(Monde monde, HttpSteps http)
{
    [Quand("{string} se connecte")]
    public Task SeConnecte(string email) => Connecter(email, monde.Personne(email).MotDePasse);

    [Quand("{string} se connecte avec le mot de passe {string}")]
    public Task SeConnecteAvec(string email, string motDePasse) => Connecter(email, motDePasse);

    [Alors("la connexion est acceptée")]
    public void Acceptee() => http.LaReponseALeStatut(200);

    [Alors("la connexion est refusée : {string}")]
    public void Refusee(string titre)
    {
        Assert.True((int)http.Response.StatusCode is 401 or 403, $"Refus de connexion attendu, reçu {(int)http.Response.StatusCode} : {http.Body}");
        using var probleme = JsonDocument.Parse(http.Body);
        Assert.Equal(titre, probleme.RootElement.GetProperty("title").GetString());
    }

    private async Task Connecter(string email, string motDePasse)
    {
        // A fresh browser: signing in must not lean on a session opened earlier in the scenario.
        var client = monde.Anonyme();
        var response = await http.EnvoyerAsync(client, HttpMethod.Post, "api/auth/connexion", new ConnexionRequete(email, motDePasse));
        if (response.IsSuccessStatusCode && monde.Connait(email))
        {
            monde.Personne(email).Client = client;
        }
    }
}
