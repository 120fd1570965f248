using System.Net;
using System.Text;
using System.Text.Json;
using Rafael.Api.Tests.Support;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>DASH-02 list by session, DASH-03 its CSV, and CAND-06 on it.</summary>
public abstract class SessionsListeTests(ApiHost host)
{
    [Fact]
    public async Task La_ligne_de_session_montre_la_session_ses_structures_inscrits_sur_maximum_et_les_comptes_par_etat_DASH_02()
    {
        Prerequis();
        var marque = "ListeSession" + Guid.NewGuid().ToString("N")[..6];
        var session = await Parcours.SessionAsync(host, s => s with { Intitule = marque + " soudure" });
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var garonne = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        await Parcours.CandidatureAsync(prescripteur, session.Id, marque + "-A");
        var retenue = await Parcours.CandidatureAsync(prescripteur, session.Id, marque + "-B");
        var refusee = await Parcours.CandidatureAsync(prescripteur, session.Id, marque + "-C");
        await Parcours.PresentAsync(garonne, retenue);
        await Parcours.OkAsync(await Parcours.RetenirAsync(garonne, retenue));
        await Parcours.PresentAsync(garonne, refusee);
        await Parcours.OkAsync(await Parcours.RefuserAsync(garonne, refusee, "candidat-indisponible"));

        var ligne = await UneLigneAsync(garonne, $"texte={marque}");
        Assert.Equal(session.Reference, ligne.GetProperty("reference").GetString());
        Assert.Equal(marque + " soudure", ligne.GetProperty("intitule").GetString());
        Assert.Equal("2026-PRF-12", ligne.GetProperty("numeroMarche").GetString());
        Assert.Equal("PRF-QUALIF", ligne.GetProperty("mesure").GetString());
        Assert.False(string.IsNullOrEmpty(ligne.GetProperty("financeur").GetString()));
        Assert.Equal(Comptes.Garonne, ligne.GetProperty("responsable").GetString());
        Assert.Equal(Comptes.Pau, ligne.GetProperty("positionneur").GetString());
        Assert.Equal(Comptes.Limousin, ligne.GetProperty("formateur").GetString());
        Assert.Equal("33000 Bordeaux", ligne.GetProperty("lieu").GetString());
        Assert.Equal("2026-04-01", ligne.GetProperty("dateDebut").GetString());
        Assert.Equal("ouverte", ligne.GetProperty("etat").GetString());
        Assert.Equal("Responsable", ligne.GetProperty("roles")[0].GetString());

        // Two in progress or retained over coefficient 2 × 10 places.
        Assert.Equal(2, ligne.GetProperty("inscrits").GetInt32());
        Assert.Equal(20, ligne.GetProperty("maximum").GetInt32());
        var comptes = ligne.GetProperty("comptes");
        Assert.Equal(1, comptes.GetProperty("enAttente").GetInt32());
        Assert.Equal(1, comptes.GetProperty("retenues").GetInt32());
        Assert.Equal(1, comptes.GetProperty("nonRetenues").GetInt32());
        Assert.Equal(0, comptes.GetProperty("avisNonTransmis").GetInt32());

        // The Formateur sees the session and its counts (CAND-06: counts only), not the candidatures.
        var limousin = await host.ConnecterAsync("referent.limousin@demo.rafael.fr");
        var vueFormateur = await UneLigneAsync(limousin, $"texte={marque}&role=Formateur");
        Assert.Equal(1, vueFormateur.GetProperty("comptes").GetProperty("retenues").GetInt32());
        await Parcours.RefusAsync(await limousin.GetAsync($"/api/candidatures?texte={marque}&role=Formateur"), HttpStatusCode.Forbidden, "CAND-06");
    }

    [Fact]
    public async Task Seules_les_structures_qui_ont_un_role_ou_des_candidatures_voient_la_session_CAND_06()
    {
        Prerequis();
        var marque = "VueSession" + Guid.NewGuid().ToString("N")[..6];
        var session = await Parcours.SessionAsync(host, s => s with { Intitule = marque });
        await Parcours.CandidatureAsync(await host.ConnecterAsync(Comptes.Prescripteur3), session.Id, marque + "-A");
        await Parcours.CandidatureAsync(await host.ConnecterAsync(Comptes.Prescripteur1), session.Id, marque + "-B");

        foreach (var qui in new[] { Comptes.PreinscriptionGaronne, Comptes.ReferentPau, "referent.limousin@demo.rafael.fr", Comptes.Admin })
        {
            var ligne = await UneLigneAsync(await host.ConnecterAsync(qui), $"texte={marque}");
            Assert.True(ligne.GetProperty("comptes").GetProperty("enAttente").GetInt32() >= 1, qui);
        }

        // Prescribers of other structures and the funder see nothing: no line, and nothing in the CSV.
        foreach (var qui in new[] { "prescripteur2@demo.rafael.fr", Comptes.Financeur })
        {
            var client = await host.ConnecterAsync(qui);
            Assert.Equal(0, (await Parcours.OkAsync(await client.GetAsync($"/api/candidatures/sessions?texte={marque}"))).GetProperty("total").GetInt32());
            Assert.DoesNotContain(marque, await (await client.GetAsync($"/api/candidatures/sessions/export.csv?texte={marque}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The Responsable asking for the sessions it positions on sees none of these.
        var garonne = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        Assert.Equal(0, (await Parcours.OkAsync(await garonne.GetAsync($"/api/candidatures/sessions?texte={marque}&role=Positionneur"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Les_sessions_se_partagent_en_cours_et_a_venir_ou_terminees_se_filtrent_se_paginent_et_s_exportent_DASH_02_DASH_03()
    {
        Prerequis();
        var marque = "Partage" + Guid.NewGuid().ToString("N")[..6];
        var avenir = await Parcours.SessionAsync(host, s => s with { Intitule = marque + " A" });
        await Parcours.SessionAsync(host, s => s with { Intitule = marque + " B", DateDebut = new DateOnly(2026, 5, 4) });
        var terminee = await Parcours.SessionAsync(host, s => s with { Intitule = marque + " C; \"fin\"" });
        await SessionsDeTest.ChangerDatesAsync(host, terminee.Id, new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 27));
        var garonne = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);

        Assert.Equal(3, await TotalAsync(garonne, $"texte={marque}"));
        Assert.Equal(2, await TotalAsync(garonne, $"texte={marque}&terminees=false"));
        var terminees = await Parcours.OkAsync(await garonne.GetAsync($"/api/candidatures/sessions?texte={marque}&terminees=true"));
        Assert.Equal(terminee.Id, terminees.GetProperty("lignes")[0].GetProperty("sessionId").GetGuid());
        Assert.Equal(1, await TotalAsync(garonne, $"texte={marque}&debutApres=2026-05-01"));
        Assert.Equal(1, await TotalAsync(garonne, $"texte={marque}&finAvant=2026-03-01"));
        Assert.Equal(3, await TotalAsync(garonne, $"texte={marque}&dispositif=PRF&etat=ouverte&role=Responsable"));
        Assert.Equal(0, await TotalAsync(garonne, $"texte={marque}&dispositif=HSP"));
        Assert.Equal(0, await TotalAsync(garonne, $"texte={marque}&etat=annulee"));
        Assert.Equal(1, await TotalAsync(garonne, $"texte={avenir.Reference}"));

        var page = await Parcours.OkAsync(await garonne.GetAsync($"/api/candidatures/sessions?texte={marque}&taille=2&page=2"));
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Single(page.GetProperty("lignes").EnumerateArray());

        var csv = await garonne.GetAsync($"/api/candidatures/sessions/export.csv?texte={marque}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var octets = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var lignes = Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Référence session;Intitulé;Financeur;N° de marché;", lignes[0], StringComparison.Ordinal);
        Assert.Equal(4, lignes.Length);
        Assert.Contains(lignes, l => l.Contains($"\"{marque} C; \"\"fin\"\"\"", StringComparison.Ordinal) && l.Contains(";27/02/2026;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Un_etat_de_session_inconnu_est_refuse_en_nommant_le_champ()
    {
        Prerequis();
        var garonne = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var reponse = await garonne.GetAsync("/api/candidatures/sessions?etat=inventee");
        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        var probleme = JsonSerializer.Deserialize<JsonElement>(await reponse.Content.ReadAsStringAsync());
        Assert.True(probleme.GetProperty("errors").TryGetProperty("etat", out _));
    }

    private static async Task<JsonElement> UneLigneAsync(HttpClient client, string requete)
    {
        var page = await Parcours.OkAsync(await client.GetAsync($"/api/candidatures/sessions?{requete}"));
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        return page.GetProperty("lignes")[0];
    }

    private static async Task<int> TotalAsync(HttpClient client, string requete) =>
        (await Parcours.OkAsync(await client.GetAsync($"/api/candidatures/sessions?{requete}"))).GetProperty("total").GetInt32();

    protected virtual void Prerequis()
    {
    }
}

public sealed class SessionsListeSqliteTests(SqliteApiHost host) : SessionsListeTests(host), IClassFixture<SqliteApiHost>;

[Trait("Database", "PostgreSQL")]
public sealed class SessionsListePostgresTests(PostgresApiHostFixture fixture) : SessionsListeTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
