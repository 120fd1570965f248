using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Candidatures;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>Concurrency on PostgreSQL: the quota holds under fifty prescribers at once; two verdicts at once, one wins.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class ConcurrenceTests(PostgresApiHostFixture fixture) : IClassFixture<PostgresApiHostFixture>
{
    private readonly PostgresApiHost host = fixture.Host;

    [Fact]
    public async Task Cinquante_prescripteurs_en_meme_temps_sur_la_derniere_place_ne_depassent_jamais_le_quota_CAND_03()
    {
        PostgresEnvironment.RequireConnectionString();
        var session = await Parcours.SessionAsync(host, s => s with { EffectifVise = 3, Coefficient = 1 });
        var prescripteurs = new List<HttpClient>();
        foreach (var email in new[] { Comptes.Prescripteur3, "prescripteur2@demo.rafael.fr", "capemploi@demo.rafael.fr" })
        {
            prescripteurs.Add(await host.ConnecterParJetonAsync(email));
        }

        await Parcours.CandidatureAsync(prescripteurs[0], session.Id, "Deja-Un");
        await Parcours.CandidatureAsync(prescripteurs[1], session.Id, "Deja-Deux");

        using var depart = new SemaphoreSlim(0);
        var envois = Enumerable.Range(0, 50).Select(async i =>
        {
            await depart.WaitAsync(TestContext.Current.CancellationToken);
            return await Parcours.PreinscrireAsync(prescripteurs[i % prescripteurs.Count], session.Id, $"Concurrent-{i}");
        }).ToList();
        depart.Release(50);
        var reponses = await Task.WhenAll(envois);

        Assert.Single(reponses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refus in reponses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await Parcours.RefusAsync(refus, HttpStatusCode.Conflict, "CAND-03");
        }

        var enCours = await host.DbAsync(db => db.Candidatures.CountAsync(c => c.SessionId == session.Id && Candidature.StatutsOccupantUnePlace.Contains(c.Status)));
        Assert.Equal(3, enCours);
    }

    [Fact]
    public async Task Deux_avis_en_meme_temps_l_un_gagne_l_autre_recoit_un_conflit_clair()
    {
        PostgresEnvironment.RequireConnectionString();
        var session = await Parcours.SessionAsync(host);
        var id = await Parcours.CandidatureAsync(await host.ConnecterAsync(Comptes.Prescripteur3), session.Id, "Double-Avis");
        var karim = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var julien = await host.ConnecterAsync(Comptes.ReferentGaronne);
        await Parcours.PresentAsync(karim, id);

        var retenir = Parcours.RetenirAsync(karim, id);
        var refuser = Parcours.RefuserAsync(julien, id, "prerequis-non-satisfaits");
        var reponses = await Task.WhenAll(retenir, refuser);

        Assert.Single(reponses, r => r.StatusCode == HttpStatusCode.OK);
        var perdant = reponses.Single(r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, perdant.StatusCode);
        var probleme = await perdant.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var regle = probleme.TryGetProperty("regle", out var r) ? r.GetString() : null;

        // Either the loser read before the winner committed (optimistic concurrency), or after (the verdict is given).
        Assert.True(regle is null or "AVIS-05", probleme.ToString());
        Assert.False(string.IsNullOrWhiteSpace(probleme.GetProperty("detail").GetString()));

        var journal = await host.DbAsync(db => db.Journal.CountAsync(j => j.EntityId == id.ToString() && j.Action == "candidature.avis"));
        Assert.Equal(1, journal);
    }
}
