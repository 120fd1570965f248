using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>The "Offre info" feed (CIR-08): what is published leaves as LHEO 2.3, valid against the official schema.</summary>
public sealed class OffreInfoSteps(Monde monde, HttpSteps http)
{
    private static readonly XNamespace Lheo = "http://lheo.gouv.fr/2.3";

    private static readonly Lazy<System.Xml.Schema.XmlSchemaSet?> Schema = new(() => SchemaLheo.Charger(null));

    [Soit("la structure {string} a le numéro de déclaration d'activité {string}")]
    public async Task NumeroActivite(string nom, string numero)
    {
        var admin = await monde.ClientAsync(monde.Administrateur);
        var id = monde.Structure(nom);
        await http.EnvoyerAsync(admin, HttpMethod.Get, $"api/structures/{id}");
        http.ExigerSucces($"Lecture de la structure « {nom} »");
        var structure = JsonNode.Parse(http.Body)!.AsObject();
        var version = structure["version"]!.GetValue<int>();
        structure["numeroActivite"] = numero;
        await http.EnvoyerAsync(admin, HttpMethod.Put, $"api/structures/{id}", new JsonObject { ["structure"] = structure.DeepClone(), ["version"] = version }.ToJsonString());
        http.ExigerSucces($"Numéro d'activité de « {nom} »");
    }

    [Quand("on lit le flux Offre info")]
    public async Task LitLeFlux() => await http.EnvoyerAsync(monde.Anonyme(), HttpMethod.Get, "api/offre-info/lheo");

    [Quand("on lit le flux Offre info des changements depuis le {date}")]
    public async Task LitLeFluxDepuis(DateOnly jour) =>
        await http.EnvoyerAsync(monde.Anonyme(), HttpMethod.Get, "api/offre-info/lheo?depuis=" + Uri.EscapeDataString(DatesCatalogue.MinuitParis(jour).ToString("O")));

    [Quand("on lit le flux Offre info des changements depuis le {date} à {time}")]
    public async Task LitLeFluxDepuisLHeure(DateOnly jour, TimeOnly heure) =>
        await http.EnvoyerAsync(monde.Anonyme(), HttpMethod.Get, "api/offre-info/lheo?depuis=" + Uri.EscapeDataString(DatesCatalogue.MinuitParis(jour).Add(heure.ToTimeSpan()).ToString("O")));

    [Alors("le flux est valide selon le schéma LHEO 2.3")]
    public void EstValide()
    {
        http.LaReponseALeStatut(200);
        var schema = Schema.Value ?? throw new InvalidOperationException("Schéma LHEO introuvable : shared/standards/lheo-2.3.xsd doit se trouver au-dessus du dépôt.");
        var erreurs = new List<string>();
        var reglages = new XmlReaderSettings { Schemas = schema, ValidationType = ValidationType.Schema };
        reglages.ValidationEventHandler += (_, e) => erreurs.Add($"ligne {e.Exception.LineNumber} : {e.Message}");
        using (var lecteur = XmlReader.Create(new MemoryStream(http.Bytes), reglages))
        {
            while (lecteur.Read())
            {
            }
        }

        Assert.True(erreurs.Count == 0, "Flux LHEO non conforme :\n" + string.Join('\n', erreurs.Take(10)));
    }

    [Alors("le flux contient l'action {string} et ses sessions")]
    public async Task Contient(string intitule)
    {
        var (reference, sessions) = await ReferencesAsync(intitule);
        var formation = Formations().SingleOrDefault(f => (string?)f.Attribute("numero") == reference);
        Assert.True(formation is not null, $"L'action « {intitule} » ({reference}) n'est pas dans le flux.");
        Assert.Equal(intitule, formation.Element(Lheo + "intitule-formation")?.Value);
        Assert.Equal(sessions.Order(StringComparer.Ordinal), formation.Descendants(Lheo + "session").Select(s => (string?)s.Attribute("numero")).Order(StringComparer.Ordinal));
    }

    [Alors("le flux ne contient pas l'action {string}")]
    public async Task NeContientPas(string intitule)
    {
        var (reference, _) = await ReferencesAsync(intitule);
        Assert.DoesNotContain(reference, Formations().Select(f => (string?)f.Attribute("numero")));
    }

    [Alors("le flux ne contient que l'action {string}")]
    public async Task NeContientQue(string intitule)
    {
        var (reference, _) = await ReferencesAsync(intitule);
        Assert.Equal([reference], Formations().Select(f => (string?)f.Attribute("numero")));
    }

    [Alors("le flux est vide")]
    public void EstVide() => http.LaReponseALeStatut(204);

    private List<XElement> Formations()
    {
        http.LaReponseALeStatut(200);
        return XDocument.Load(new MemoryStream(http.Bytes)).Descendants(Lheo + "formation").ToList();
    }

    /// <summary>The action's and its sessions' references, read as an administrator (the action may be unpublished).</summary>
    private async Task<(string Reference, List<string?> Sessions)> ReferencesAsync(string intitule)
    {
        var admin = await monde.ClientAsync(monde.Administrateur);
        using var reponse = await admin.GetAsync(new Uri("api/catalogue/actions?recherche=" + Uri.EscapeDataString(intitule) + "&taille=50", UriKind.Relative));
        reponse.EnsureSuccessStatusCode();
        var page = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;
        var id = page.GetProperty("elements").EnumerateArray().Single(a => a.GetProperty("intitule").GetString() == intitule).GetProperty("id").GetGuid();
        using var detail = await admin.GetAsync(new Uri($"api/actions/{id}", UriKind.Relative));
        detail.EnsureSuccessStatusCode();
        var action = JsonDocument.Parse(await detail.Content.ReadAsStringAsync()).RootElement;
        var sessions = action.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("reference").GetString()).ToList();
        return (action.GetProperty("reference").GetString()!, sessions);
    }
}
