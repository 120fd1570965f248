using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Candidatures;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>What the candidature tests do again and again: a session, a pre-registration, a verdict.</summary>
internal static class Parcours
{
    private static int numero;

    public static async Task<SessionCandidatable> SessionAsync(ApiHost host, Func<SessionCandidatable, SessionCandidatable>? changer = null)
    {
        var n = Interlocked.Increment(ref numero);
        var session = new SessionCandidatable
        {
            Id = Guid.Empty,
            Reference = string.Empty,
            Intitule = $"Soudeur TIG session {n}",
            Dispositif = "PRF",
            Mesure = "PRF-QUALIF",
            Financeur = "Région Nouvelle-Aquitaine",
            NumeroMarche = "2026-PRF-12",
            EffectifVise = 10,
            CapaciteAccueil = 12,
            Coefficient = 2,
            DateDebut = new DateOnly(2026, 4, 1),
            DateFin = new DateOnly(2026, 6, 30),
            DateLimiteInscription = new DateOnly(2026, 3, 20),
            DateLimiteEntreeTardive = new DateOnly(2026, 4, 15),
            TypeEntree = TypeEntreeSession.DatesFixes,
            ResponsableId = await host.StructureAsync(Comptes.Garonne),
            PositionneurId = await host.StructureAsync(Comptes.Pau),
            FormateurId = await host.StructureAsync(Comptes.Limousin),
            Ville = "Bordeaux",
            CodePostal = "33000",
            Annulee = false,
            OuverteAuxCandidatures = true,
        };
        return await SessionsDeTest.CreerAsync(host, changer?.Invoke(session) ?? session);
    }

    public static Task<HttpResponseMessage> PreinscrireAsync(HttpClient client, Guid sessionId, string nom, string? identifiantFt = null, DateOnly? naissance = null) =>
        client.PostAsJsonAsync("/api/preinscriptions", new
        {
            sessionId,
            candidat = new
            {
                nom,
                prenom = "Camille",
                dateNaissance = naissance ?? new DateOnly(1995, 6, 14),
                email = "camille@example.org",
                telephone = "06 00 00 00 00",
                identifiantFranceTravail = identifiantFt,
                situation = "Demandeur d'emploi",
            },
        });

    public static async Task<Guid> CandidatureAsync(HttpClient prescripteur, Guid sessionId, string nom, string? identifiantFt = null)
    {
        var reponse = await PreinscrireAsync(prescripteur, sessionId, nom, identifiantFt);
        Assert.True(reponse.StatusCode == HttpStatusCode.Created, await reponse.Content.ReadAsStringAsync());
        return (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage reponse)
    {
        Assert.True(reponse.StatusCode == HttpStatusCode.OK, $"{(int)reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}");
        return await reponse.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> RefusAsync(HttpResponseMessage reponse, HttpStatusCode attendu, string regle)
    {
        var texte = await reponse.Content.ReadAsStringAsync();
        Assert.True(reponse.StatusCode == attendu, $"{(int)reponse.StatusCode} {texte}");
        var probleme = JsonSerializer.Deserialize<JsonElement>(texte);
        Assert.Equal(regle, probleme.GetProperty("regle").GetString());
        return probleme;
    }

    public static Task<HttpResponseMessage> ConvoquerAsync(HttpClient of, Guid id) =>
        of.PostAsJsonAsync($"/api/candidatures/{id}/convocations", new { date = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero) });

    public static Task<HttpResponseMessage> ResultatAsync(HttpClient of, Guid id, string resultat) =>
        of.PostAsJsonAsync($"/api/candidatures/{id}/resultat-convocation", new { resultat });

    public static Task<HttpResponseMessage> RetenirAsync(HttpClient of, Guid id, decimal heures = 35) =>
        of.PostAsJsonAsync($"/api/candidatures/{id}/avis", new
        {
            retenue = true,
            dateEntreePrevue = new DateOnly(2026, 4, 1),
            dateSortiePrevue = new DateOnly(2026, 6, 30),
            heuresHebdomadaires = heures,
        });

    public static Task<HttpResponseMessage> RefuserAsync(HttpClient of, Guid id, string motif, string? raison = null) =>
        of.PostAsJsonAsync($"/api/candidatures/{id}/avis", new { retenue = false, motif, raison });

    /// <summary>Convoked and present: the verdict can be given.</summary>
    public static async Task PresentAsync(HttpClient of, Guid id)
    {
        await OkAsync(await ConvoquerAsync(of, id));
        await OkAsync(await ResultatAsync(of, id, "Presence"));
    }

    public static async Task<string> StatutAsync(HttpClient client, Guid id) =>
        (await OkAsync(await client.GetAsync($"/api/candidatures/{id}"))).GetProperty("statut").GetString()!;
}
