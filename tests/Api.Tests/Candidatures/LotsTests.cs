using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Candidatures;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>LOT-01 to LOT-04: batch processing per session, over HTTP.</summary>
public abstract class LotsTests(ApiHost host)
{
    [Fact]
    public async Task Les_etapes_se_franchissent_par_lot_avec_les_valeurs_par_defaut_et_tout_ou_rien()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host, s => s with { HeuresHebdomadaires = null });
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var ids = new List<Guid>();
        foreach (var nom in new[] { "Lot-A", "Lot-B", "Lot-C" })
        {
            ids.Add(await Parcours.CandidatureAsync(prescripteur, session.Id, nom));
        }

        var ecran = await Parcours.OkAsync(await of.GetAsync($"/api/lots/sessions/{session.Id}"));
        Assert.Equal("2026-06-30", ecran.GetProperty("dateFin").GetString());
        Assert.Equal("2026-07-21", ecran.GetProperty("dateLimiteAvis").GetString());
        Assert.Equal(141, ecran.GetProperty("joursRestantsPourLesAvis").GetInt32());
        Assert.Equal("2026-04-15", ecran.GetProperty("dateLimiteEntreeTardive").GetString());
        Assert.Equal(new[] { 3, 0, 0, 0 }, Nombres(ecran));

        await Parcours.OkAsync(await of.PostAsJsonAsync($"/api/lots/sessions/{session.Id}/convocations", new { candidatures = ids, date = new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero) }));
        await Parcours.OkAsync(await of.PostAsJsonAsync($"/api/lots/sessions/{session.Id}/resultats", new
        {
            candidatures = new object[] { new { id = ids[0], resultat = "Presence" }, new { id = ids[1], resultat = "Presence" }, new { id = ids[2], resultat = "AbsenceNonJustifiee" } },
        }));
        var apresResultats = Nombres(await Parcours.OkAsync(await of.GetAsync($"/api/lots/sessions/{session.Id}")));
        Assert.Equal(new[] { 0, 0, 2, 0 }, apresResultats);

        // One invalid candidate rejects the batch, with its reason, and nothing changes.
        var avant = await host.EmpreinteAsync();
        var refus = await of.PostAsJsonAsync($"/api/lots/sessions/{session.Id}/avis", new
        {
            etape = "AvisEnAttente",
            candidatures = new object[] { new { id = ids[0], retenue = true }, new { id = ids[1], retenue = true, heuresHebdomadaires = 41 }, new { id = ids[2], retenue = true } },
        });
        var probleme = await Parcours.RefusAsync(refus, HttpStatusCode.Conflict, "LOT-04");
        var invalides = probleme.GetProperty("candidatures").EnumerateArray().ToList();
        Assert.Equal(2, invalides.Count);
        Assert.Equal("AVIS-02", invalides.Single(c => c.GetProperty("id").GetGuid() == ids[1]).GetProperty("refus")[0].GetProperty("regle").GetString());
        Assert.Equal("LOT-01", invalides.Single(c => c.GetProperty("id").GetGuid() == ids[2]).GetProperty("refus")[0].GetProperty("regle").GetString());
        Assert.Equal(avant, await host.EmpreinteAsync());

        var faites = await Parcours.OkAsync(await of.PostAsJsonAsync($"/api/lots/sessions/{session.Id}/avis", new
        {
            etape = "AvisEnAttente",
            candidatures = new object[] { new { id = ids[0], retenue = true }, new { id = ids[1], retenue = false, motif = "session-complete" } },
        }));
        Assert.Equal(2, faites.GetArrayLength());
        var retenue = await Parcours.OkAsync(await of.GetAsync($"/api/candidatures/{ids[0]}"));
        Assert.Equal("2026-04-01", retenue.GetProperty("dateEntreePrevue").GetString());
        Assert.Equal("2026-06-30", retenue.GetProperty("dateSortiePrevue").GetString());
        Assert.Equal(35, retenue.GetProperty("heuresHebdomadaires").GetDecimal());
        var final = Nombres(await Parcours.OkAsync(await of.GetAsync($"/api/lots/sessions/{session.Id}")));
        Assert.Equal(new[] { 0, 0, 0, 1 }, final);
    }

    [Fact]
    public async Task Entrees_permanentes_chaque_retenu_se_complete_un_par_un_LOT_02()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host, s => s with { TypeEntree = TypeEntreeSession.EntreesSortiesPermanentes });
        var id = await Parcours.CandidatureAsync(await host.ConnecterAsync(Comptes.Prescripteur3), session.Id, "Permanent");
        var of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        await Parcours.PresentAsync(of, id);

        var refus = await of.PostAsJsonAsync($"/api/lots/sessions/{session.Id}/avis", new { etape = "AvisEnAttente", candidatures = new[] { new { id, retenue = true } } });
        var probleme = await Parcours.RefusAsync(refus, HttpStatusCode.Conflict, "LOT-04");
        Assert.Equal("AVIS-02", probleme.GetProperty("candidatures")[0].GetProperty("refus")[0].GetProperty("regle").GetString());
    }

    [Fact]
    public async Task Pas_de_lot_sur_HSP_ni_pour_qui_ne_gere_pas_la_session_LOT_01()
    {
        Prerequis();
        var hsp = await Parcours.SessionAsync(host, s => s with { Dispositif = "HSP", Mesure = "HSP-SAVOIRS", Coefficient = 1 });
        var session = await Parcours.SessionAsync(host);
        var of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);

        await Parcours.RefusAsync(await of.GetAsync($"/api/lots/sessions/{hsp.Id}"), HttpStatusCode.Conflict, "LOT-01");
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.ConnecterAsync("referent.limousin@demo.rafael.fr")).GetAsync($"/api/lots/sessions/{session.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.ConnecterAsync(Comptes.Prescripteur3)).GetAsync($"/api/lots/sessions/{session.Id}")).StatusCode);
    }

    private static int[] Nombres(JsonElement ecran) => [.. ecran.GetProperty("etapes").EnumerateArray().Select(e => e.GetProperty("nombre").GetInt32())];

    protected virtual void Prerequis()
    {
    }
}

public sealed class LotsSqliteTests(SqliteApiHost host) : LotsTests(host), IClassFixture<SqliteApiHost>;

[Trait("Database", "PostgreSQL")]
public sealed class LotsPostgresTests(PostgresApiHostFixture fixture) : LotsTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
