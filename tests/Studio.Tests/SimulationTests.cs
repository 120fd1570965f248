using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rafael.Studio.Tests.Support;

namespace Rafael.Studio.Tests;

/// <summary>The simulation endpoint: a draft against the last account requests, beside the published version.</summary>
public sealed class SimulationTests(StudioHost host) : IClassFixture<StudioHost>
{
    [Fact]
    public async Task Un_brouillon_qui_retire_un_role_montre_les_decisions_qui_changeraient_et_pourquoi()
    {
        _ = host.Navigateur;
        var admin = await host.ClientAsync(StudioHost.Administrateur);

        var sansBrouillon = await admin.PostAsync(new Uri("/api/studio/simulations/demande-compte", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, sansBrouillon.StatusCode);

        var referent = await host.ClientAsync("referent.of@demo.rafael.fr");
        var interdit = await referent.PostAsync(new Uri("/api/studio/simulations/demande-compte", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, interdit.StatusCode);

        var versions = await admin.GetFromJsonAsync<JsonElement>("/api/processus/definitions/demande-compte/versions");
        var definition = JsonNode.Parse(versions.EnumerateArray().First(v => v.GetProperty("statut").GetString() == "Publiee").GetProperty("contenu").GetString()!)!;
        var accepter = definition["transitions"]!.AsArray().First(t => t!["trigger"]!.GetValue<string>() == "accepter")!;
        accepter["roles"] = new JsonArray("administrateur");
        (await admin.PutAsJsonAsync("/api/processus/definitions/demande-compte/brouillon", new { contenu = definition.ToJsonString() })).EnsureSuccessStatusCode();

        var resultat = await admin.PostAsync(new Uri("/api/studio/simulations/demande-compte?nombre=20", UriKind.Relative), null);
        resultat.EnsureSuccessStatusCode();
        var simulation = await resultat.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(simulation.GetProperty("entites").GetInt32() > 0);
        var differences = simulation.GetProperty("differences").EnumerateArray().ToList();
        Assert.NotEmpty(differences);
        Assert.All(differences, d =>
        {
            Assert.Equal("accepter", d.GetProperty("declencheur").GetString());
            Assert.Equal("referent", d.GetProperty("role").GetString());
            Assert.Equal("en-attente", d.GetProperty("etat").GetString());
            Assert.StartsWith("permise", d.GetProperty("publiee").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("refusée", d.GetProperty("brouillon").GetString(), StringComparison.Ordinal);
            Assert.Contains("profil", d.GetProperty("pourquoi").GetString(), StringComparison.Ordinal);
        });

        var tropGrand = await admin.PostAsync(new Uri("/api/studio/simulations/demande-compte?nombre=100000", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.BadRequest, tropGrand.StatusCode);
    }
}
