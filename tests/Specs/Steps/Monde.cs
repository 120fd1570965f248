using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Rafael.Specs.Hosting;
using Rafael.Specs.Runner;

namespace Rafael.Specs.Steps;

/// <summary>
/// What the scenario has built, by the names the feature uses: structures by name, people by email (with their own
/// signed-in client), dispositifs and mesures by code. Steps translate the feature's words into ids through it.
/// </summary>
public sealed partial class Monde(RafaelApplication application, ScenarioContext context)
{
    /// <summary>The password of the people the world-building steps create; features name it when it matters.</summary>
    public const string MotDePasseParDefaut = "Rafael-Specs-2026";

    private readonly Dictionary<string, Guid> structures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Personne> personnes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid> referents = new(StringComparer.Ordinal);

    /// <summary>The platform administrator of the scenario.</summary>
    public string Administrateur { get; set; } = string.Empty;

    public Dictionary<string, Guid> Dispositifs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Guid> Mesures { get; } = new(StringComparer.Ordinal);

    public void AjouterStructure(string nom, Guid id) => structures[nom] = id;

    public Guid Structure(string nom) =>
        structures.TryGetValue(nom, out var id)
            ? id
            : throw new KeyNotFoundException($"Structure « {nom} » inconnue du scénario (connues : {string.Join(", ", structures.Keys)}).");

    public string NomDeStructure(Guid id) => structures.Single(s => s.Value == id).Key;

    public Personne AjouterPersonne(string email, Guid id, string motDePasse)
    {
        var personne = new Personne(email, id, motDePasse);
        personnes[email] = personne;
        return personne;
    }

    public Personne Personne(string email) =>
        personnes.TryGetValue(email, out var personne)
            ? personne
            : throw new KeyNotFoundException($"Personne « {email} » inconnue du scénario (connues : {string.Join(", ", personnes.Keys)}).");

    public bool Connait(string email) => personnes.ContainsKey(email);

    /// <summary>The person changed their email: the feature now calls them by the new one.</summary>
    public void Renommer(string ancien, string nouveau)
    {
        var personne = Personne(ancien);
        personnes.Remove(ancien);
        personne.Email = nouveau;
        personnes[nouveau] = personne;
    }

    /// <summary>The référent the world-building steps named for a structure, if any.</summary>
    public Personne? ReferentDe(string structure) =>
        referents.TryGetValue(structure, out var id) ? personnes.Values.Single(p => p.Id == id) : null;

    public void NommerReferent(string structure, Personne personne) => referents[structure] = personne.Id;

    /// <summary>A browser nobody has signed in with.</summary>
    public HttpClient Anonyme() => application.CreateClient();

    /// <summary>The person's browser, signed in with the password they know (signing in on first use).</summary>
    public async Task<HttpClient> ClientAsync(string email)
    {
        var personne = Personne(email);
        if (personne.Client is { } client)
        {
            return client;
        }

        client = application.CreateClient();
        using var response = await client.PostAsJsonAsync("api/auth/connexion", new { email = personne.Email, motDePasse = personne.MotDePasse }, context.CancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"{email} n'a pas pu se connecter : {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(context.CancellationToken)}");
        }

        personne.Client = client;
        return client;
    }

    /// <summary>
    /// Replaces {structure:Nom}, {compte:email}, {demande:email}, {mesure:CODE} and {dispositif:CODE} by their ids, so that
    /// generic HTTP steps can name things as the feature does.
    /// </summary>
    public string Resoudre(string texte) =>
        Reference().Replace(texte, m => m.Groups["type"].Value switch
        {
            "structure" => Structure(m.Groups["nom"].Value).ToString(),
            "compte" => Personne(m.Groups["nom"].Value).Id.ToString(),
            "demande" => (Personne(m.Groups["nom"].Value).DerniereDemande ?? throw new KeyNotFoundException($"{m.Groups["nom"].Value} n'a fait aucune demande.")).ToString(),
            "mesure" => Mesures[m.Groups["nom"].Value].ToString(),
            "dispositif" => Dispositifs[m.Groups["nom"].Value].ToString(),
            var autre => throw new KeyNotFoundException($"Référence inconnue « {autre} » (structure, compte, demande, mesure, dispositif)."),
        });

    [GeneratedRegex(@"\{(?<type>[a-z]+):(?<nom>[^}]+)\}")]
    private static partial Regex Reference();
}
