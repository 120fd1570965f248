using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Support;

namespace Rafael.Api.Tests.Catalogue;

/// <summary>Reading answers of the catalogue tests.</summary>
internal static class Api
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<JsonElement> LireAsync(HttpResponseMessage reponse, HttpStatusCode attendu)
    {
        var corps = await reponse.Content.ReadAsStringAsync(Ct);
        Assert.True(attendu == reponse.StatusCode, $"attendu {(int)attendu}, reçu {(int)reponse.StatusCode} {corps}");
        return JsonDocument.Parse(corps).RootElement;
    }

    /// <summary>Checks a refusal: its status, problem+json, the rule it names; returns the body.</summary>
    public static async Task<string> RefusAsync(HttpResponseMessage reponse, HttpStatusCode attendu, string regle)
    {
        var corps = await reponse.Content.ReadAsStringAsync(Ct);
        Assert.True(attendu == reponse.StatusCode, $"attendu {(int)attendu}, reçu {(int)reponse.StatusCode} {corps}");
        Assert.Equal("application/problem+json", reponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains(regle, corps, StringComparison.Ordinal);
        return corps;
    }

    public static Task<Guid> MesureAsync(ApiHost host, string code) => host.DbAsync(db => db.Mesures.Where(m => m.Code == code).Select(m => m.Id).SingleAsync());
}
