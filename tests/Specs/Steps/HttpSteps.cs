using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rafael.Specs.Hosting;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>
/// Plain HTTP exchanges with the Api. Every business step sends through <see cref="EnvoyerAsync"/>, so the generic
/// checks here (status, the rule that refused, a field's error) apply to whatever the scenario did last.
/// </summary>
public sealed class HttpSteps(RafaelApplication application, ScenarioContext context, Monde monde) : IDisposable
{
    private HttpResponseMessage? response;

    public HttpResponseMessage Response =>
        response ?? throw new InvalidOperationException("Aucune requête n'a encore été faite dans ce scénario.");

    public string Body { get; private set; } = string.Empty;

    public byte[] Bytes { get; private set; } = [];

    /// <summary>Sends a request and keeps its response as the scenario's last one; never throws on a refusal.</summary>
    public async Task<HttpResponseMessage> EnvoyerAsync(HttpClient client, HttpMethod method, string path, object? body = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        request.Content = body switch
        {
            null => null,
            string json => new StringContent(json, Encoding.UTF8, "application/json"),
            _ => JsonContent.Create(body, body.GetType(), options: JsonApi.Options),
        };
        response?.Dispose();
        response = await client.SendAsync(request, context.CancellationToken);
        Bytes = await response.Content.ReadAsByteArrayAsync(context.CancellationToken);
        Body = Encoding.UTF8.GetString(Bytes);
        return response;
    }

    /// <summary>For world-building steps: what they set up must have worked, or the scenario says why not.</summary>
    public void ExigerSucces(string quoi)
    {
        if (!Response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{quoi} : {(int)Response.StatusCode} {Body}");
        }
    }

    public T Lire<T>() => JsonSerializer.Deserialize<T>(Body, JsonApi.Options)
        ?? throw new InvalidOperationException($"Réponse vide, {typeof(T).Name} attendu.");

    [Quand("on interroge {string}")]
    public Task OnInterroge(string path) => EnvoyerAsync(application.Client, HttpMethod.Get, path);

    [Quand("{string} envoie {word} {string}")]
    public async Task Envoie(string email, string methode, string path) =>
        await EnvoyerAsync(await monde.ClientAsync(email), new HttpMethod(methode), monde.Resoudre(path));

    [Quand("{string} envoie {word} {string} avec :")]
    public async Task EnvoieAvec(string email, string methode, string path, string json) =>
        await EnvoyerAsync(await monde.ClientAsync(email), new HttpMethod(methode), monde.Resoudre(path), monde.Resoudre(json));

    [Quand("une personne non connectée envoie {word} {string} avec :")]
    public Task AnonymeEnvoieAvec(string methode, string path, string json) =>
        EnvoyerAsync(monde.Anonyme(), new HttpMethod(methode), monde.Resoudre(path), monde.Resoudre(json));

    [Alors("la réponse a le statut {int}")]
    public void LaReponseALeStatut(int status) =>
        Assert.True((int)Response.StatusCode == status, $"Statut attendu {status}, reçu {(int)Response.StatusCode} ({Response.StatusCode}) ; corps : {Body}");

    [Alors("le corps de la réponse contient {string}")]
    public void LeCorpsContient(string text) =>
        Assert.True(Body.Contains(text, StringComparison.Ordinal), $"Le corps de la réponse ne contient pas « {text} » : {Body}");

    [Alors("la réponse vient d'une adresse locale")]
    public void LaReponseVientDUneAdresseLocale()
    {
        var host = Response.RequestMessage?.RequestUri?.Host ?? string.Empty;
        Assert.True(host == "localhost" || IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip), $"Adresse non locale : {host}");
    }

    [Alors("c'est refusé par la règle {string}")]
    public void RefuseParLaRegle(string regle)
    {
        LaReponseALeStatut(409);
        Assert.Equal(regle, Probleme("regle"));
    }

    [Alors("c'est interdit par la règle {string}")]
    public void InterditParLaRegle(string regle)
    {
        LaReponseALeStatut(403);
        Assert.Equal(regle, Probleme("regle"));
    }

    /// <summary>Administrators' endpoints are refused by a policy before any rule is read: no rule to name.</summary>
    [Alors("c'est interdit")]
    public void Interdit() => LaReponseALeStatut(403);

    /// <summary>404 where the existence of the thing must not leak to someone who may not see it.</summary>
    [Alors("c'est introuvable")]
    public void Introuvable() => LaReponseALeStatut(404);

    [Alors("le refus explique : {string}")]
    public void LeRefusExplique(string detail) => Assert.Equal(detail, Probleme("detail"));

    [Alors("le champ {string} est refusé : {string}")]
    public void LeChampEstRefuse(string champ, string message)
    {
        Assert.True((int)Response.StatusCode is 400 or 409, $"Refus attendu (400 ou 409), reçu {(int)Response.StatusCode} : {Body}");
        Assert.Equal("application/problem+json", Response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(Body);
        var trouve = document.RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty(champ, out _);
        Assert.True(trouve, $"Aucune erreur sur le champ « {champ} » : {Body}");
        var messages = errors.GetProperty(champ);
        var liste = messages.EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.True(liste.Contains(message), $"Le champ « {champ} » n'a pas le message « {message} » mais : {string.Join(" | ", liste)}");
    }

    private string? Probleme(string propriete)
    {
        Assert.Equal("application/problem+json", Response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.TryGetProperty(propriete, out var valeur) ? valeur.GetString() : null;
    }

    public void Dispose() => response?.Dispose();
}
