using System.Net;
using Rafael.Specs.Hosting;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>Plain HTTP exchanges with the Api; other step classes inject this one to read the last response.</summary>
public sealed class HttpSteps(RafaelApplication application, ScenarioContext context) : IDisposable
{
    private HttpResponseMessage? response;

    public HttpResponseMessage Response =>
        response ?? throw new InvalidOperationException("Aucune requête n'a encore été faite dans ce scénario.");

    public string Body { get; private set; } = string.Empty;

    [Quand("on interroge {string}")]
    public async Task OnInterroge(string path)
    {
        response?.Dispose();
        response = await application.Client.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative), context.CancellationToken);
        Body = await response.Content.ReadAsStringAsync(context.CancellationToken);
    }

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

    public void Dispose() => response?.Dispose();
}
