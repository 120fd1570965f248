using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rafael.Portal.Models;

namespace Rafael.Portal.Services;

/// <summary>
/// Calls the Api that serves the portal. A refusal becomes a <see cref="ProblemeException"/> carrying the French
/// problem (title, rule, invalid fields) so that every page shows it the same way.
/// </summary>
public sealed class ApiClient(HttpClient http)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Raised when the Api answers 401 while the portal believed it was signed in.</summary>
    public event Action? SessionExpiree;

    public async Task<T> LireAsync<T>(string url, CancellationToken ct = default)
    {
        using var reponse = await http.GetAsync(url, ct);
        await VerifierAsync(reponse, ct);
        return (await reponse.Content.ReadFromJsonAsync<T>(Json, ct))!;
    }

    public Task<T> PostAsync<T>(string url, object? corps, CancellationToken ct = default) => EnvoyerAsync<T>(HttpMethod.Post, url, corps, ct);

    public Task<T> PutAsync<T>(string url, object? corps, CancellationToken ct = default) => EnvoyerAsync<T>(HttpMethod.Put, url, corps, ct);

    public Task PostAsync(string url, object? corps, CancellationToken ct = default) => EnvoyerAsync(HttpMethod.Post, url, corps, ct);

    public Task PutAsync(string url, object? corps, CancellationToken ct = default) => EnvoyerAsync(HttpMethod.Put, url, corps, ct);

    public Task DeleteAsync(string url, CancellationToken ct = default) => EnvoyerAsync(HttpMethod.Delete, url, null, ct);

    /// <summary>Sends a file as the raw body (its type given), for the imports that read the body as it arrives.</summary>
    public async Task<T> EnvoyerFichierAsync<T>(string url, Stream contenu, string typeContenu, CancellationToken ct = default)
    {
        using var requete = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StreamContent(contenu) };
        requete.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(typeContenu);
        using var reponse = await http.SendAsync(requete, ct);
        await VerifierAsync(reponse, ct);
        return (await reponse.Content.ReadFromJsonAsync<T>(Json, ct))!;
    }

    public async Task<T> EnvoyerAsync<T>(HttpMethod methode, string url, object? corps, CancellationToken ct = default)
    {
        using var reponse = await EnvoyerBrutAsync(methode, url, corps, ct);
        return (await reponse.Content.ReadFromJsonAsync<T>(Json, ct))!;
    }

    public async Task EnvoyerAsync(HttpMethod methode, string url, object? corps, CancellationToken ct = default)
    {
        using var reponse = await EnvoyerBrutAsync(methode, url, corps, ct);
    }

    private async Task<HttpResponseMessage> EnvoyerBrutAsync(HttpMethod methode, string url, object? corps, CancellationToken ct)
    {
        using var requete = new HttpRequestMessage(methode, url);
        if (corps is not null)
        {
            requete.Content = JsonContent.Create(corps, corps.GetType(), options: Json);
        }

        var reponse = await http.SendAsync(requete, ct);
        try
        {
            await VerifierAsync(reponse, ct);
            return reponse;
        }
        catch
        {
            reponse.Dispose();
            throw;
        }
    }

    private async Task VerifierAsync(HttpResponseMessage reponse, CancellationToken ct)
    {
        if (reponse.IsSuccessStatusCode)
        {
            return;
        }

        var probleme = await LireProblemeAsync(reponse, ct);
        if (reponse.StatusCode == HttpStatusCode.Unauthorized)
        {
            SessionExpiree?.Invoke();
        }

        throw new ProblemeException(probleme);
    }

    private static async Task<Probleme> LireProblemeAsync(HttpResponseMessage reponse, CancellationToken ct)
    {
        var status = (int)reponse.StatusCode;
        try
        {
            using var doc = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync(ct));
            var racine = doc.RootElement;
            var erreurs = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (racine.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                foreach (var champ in e.EnumerateObject())
                {
                    erreurs[champ.Name] = [.. champ.Value.EnumerateArray().Select(m => m.GetString() ?? string.Empty)];
                }
            }

            return new Probleme(
                status,
                Texte(racine, "title") ?? TitreParDefaut(status),
                Texte(racine, "detail"),
                Texte(racine, "regle"),
                erreurs)
            {
                Refus = Refus(racine),
            };
        }
        catch (JsonException)
        {
            return new Probleme(status, TitreParDefaut(status), null, null, new Dictionary<string, string[]>());
        }
    }

    private static List<RefusCandidature> Refus(JsonElement racine) =>
        racine.TryGetProperty("candidatures", out var c) && c.ValueKind == JsonValueKind.Array
            ? [.. c.EnumerateArray().Select(x => new RefusCandidature(
                x.TryGetProperty("id", out var id) && id.TryGetGuid(out var g) ? g : Guid.Empty,
                Texte(x, "candidat") ?? string.Empty,
                x.TryGetProperty("refus", out var r) && r.ValueKind == JsonValueKind.Array
                    ? [.. r.EnumerateArray().Select(m => $"{Texte(m, "message")} ({Texte(m, "regle")})")]
                    : []))]
            : [];

    private static string? Texte(JsonElement e, string nom) =>
        e.TryGetProperty(nom, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string TitreParDefaut(int status) => status switch
    {
        401 => "Votre session a expiré : reconnectez-vous.",
        403 => "Vous n'avez pas accès à cette action avec votre structure et votre profil actuels.",
        404 => "Introuvable : l'élément a peut-être été supprimé.",
        >= 500 => "Le serveur a rencontré une erreur : réessayez dans un instant, puis contactez l'assistance si elle persiste.",
        _ => "La demande n'a pas abouti.",
    };
}
