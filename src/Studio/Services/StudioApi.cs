using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace Rafael.Studio.Services;

/// <summary>The Api as the Studio sees it: JSON in and out, refusals as <see cref="ApiException"/>, and a trip to the
/// sign-in page when the session has ended.</summary>
public sealed class StudioApi(HttpClient http, NavigationManager navigation)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public async Task<T> GetAsync<T>(string url)
    {
        using var reponse = await http.GetAsync(new Uri(url, UriKind.Relative));
        await VerifierAsync(reponse);
        return (await reponse.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async Task<string> GetTexteAsync(string url)
    {
        using var reponse = await http.GetAsync(new Uri(url, UriKind.Relative));
        await VerifierAsync(reponse);
        return await reponse.Content.ReadAsStringAsync();
    }

    public async Task<T> EnvoyerAsync<T>(HttpMethod methode, string url, object? corps)
    {
        using var requete = new HttpRequestMessage(methode, new Uri(url, UriKind.Relative));
        if (corps is not null)
        {
            requete.Content = JsonContent.Create(corps, options: Json);
        }

        using var reponse = await http.SendAsync(requete);
        await VerifierAsync(reponse);
        return reponse.StatusCode == HttpStatusCode.NoContent || reponse.Content.Headers.ContentLength == 0
            ? default!
            : (await reponse.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public Task EnvoyerAsync(HttpMethod methode, string url, object? corps) => EnvoyerAsync<JsonElement?>(methode, url, corps);

    private async Task VerifierAsync(HttpResponseMessage reponse)
    {
        if (reponse.IsSuccessStatusCode)
        {
            return;
        }

        if (reponse.StatusCode == HttpStatusCode.Unauthorized && !navigation.Uri.Contains("/connexion", StringComparison.Ordinal))
        {
            navigation.NavigateTo("connexion");
        }

        var titre = $"Erreur {(int)reponse.StatusCode}.";
        var erreurs = new List<string>();
        try
        {
            var probleme = await reponse.Content.ReadFromJsonAsync<JsonElement>(Json);
            if (probleme.ValueKind == JsonValueKind.Object)
            {
                if (probleme.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    titre = t.GetString()!;
                }

                if (probleme.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
                {
                    foreach (var champ in e.EnumerateObject())
                    {
                        erreurs.AddRange(champ.Value.EnumerateArray().Select(m => m.GetString() ?? string.Empty));
                    }
                }
                else if (probleme.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String)
                {
                    erreurs.Add(d.GetString()!);
                }
            }
        }
        catch (JsonException)
        {
            // Not problem+json: the status line is all there is to say.
        }

        throw new ApiException((int)reponse.StatusCode, titre, erreurs);
    }
}
