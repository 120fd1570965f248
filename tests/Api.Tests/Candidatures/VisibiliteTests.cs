using System.Net;
using System.Text;
using System.Text.Json;
using Rafael.Api.Tests.Support;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>CAND-06 on every list and candidature; DASH-01 to DASH-03.</summary>
public abstract class VisibiliteTests(ApiHost host)
{
    [Fact]
    public async Task Seuls_le_prescripteur_le_responsable_et_le_positionneur_voient_la_candidature_CAND_06()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host);
        var nom = "Visible-" + Guid.NewGuid().ToString("N")[..6];
        var id = await Parcours.CandidatureAsync(await host.ConnecterAsync(Comptes.Prescripteur3), session.Id, nom);

        foreach (var qui in new[] { Comptes.Prescripteur3, Comptes.Prescripteur1, Comptes.PreinscriptionGaronne, Comptes.ReferentPau, Comptes.Admin })
        {
            var client = await host.ConnecterAsync(qui);
            Assert.True((await client.GetAsync($"/api/candidatures/{id}")).StatusCode == HttpStatusCode.OK, qui);
            var liste = await Parcours.OkAsync(await client.GetAsync($"/api/candidatures?texte={nom}"));
            Assert.Equal(1, liste.GetProperty("total").GetInt32());
        }

        foreach (var qui in new[] { "prescripteur2@demo.rafael.fr", "referent.limousin@demo.rafael.fr", Comptes.Financeur })
        {
            var client = await host.ConnecterAsync(qui);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/candidatures/{id}")).StatusCode);
            var liste = await Parcours.OkAsync(await client.GetAsync($"/api/candidatures?texte={nom}"));
            Assert.Equal(0, liste.GetProperty("total").GetInt32());
            Assert.DoesNotContain(nom, await (await client.GetAsync($"/api/candidatures/export.csv?texte={nom}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var formateur = await host.ConnecterAsync("referent.limousin@demo.rafael.fr");
        await Parcours.RefusAsync(await formateur.GetAsync("/api/candidatures?role=Formateur"), HttpStatusCode.Forbidden, "CAND-06");
    }

    [Fact]
    public async Task Le_tableau_de_bord_compte_par_role_et_par_etat_et_le_formateur_n_y_voit_que_des_nombres_DASH_01()
    {
        Prerequis();
        var garonne = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var limousin = await host.ConnecterAsync("referent.limousin@demo.rafael.fr");
        var avantGaronne = await TableauAsync(garonne);
        var avantLimousin = await TableauAsync(limousin);

        var bientotFinie = await Parcours.SessionAsync(host);
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        await Parcours.CandidatureAsync(prescripteur, bientotFinie.Id, "Tableau-Un");
        var retenue = await Parcours.CandidatureAsync(prescripteur, bientotFinie.Id, "Tableau-Deux");

        // The session ended on 20/02: its verdicts are due on 13/03, within 15 days.
        await SessionsDeTest.ChangerDatesAsync(host, bientotFinie.Id, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 20));
        await Parcours.PresentAsync(garonne, retenue);
        await Parcours.OkAsync(await Parcours.RetenirAsync(garonne, retenue));

        var apresGaronne = await TableauAsync(garonne);
        var apresLimousin = await TableauAsync(limousin);
        Assert.Equal(avantGaronne[("Responsable", "enAttente")] + 1, apresGaronne[("Responsable", "enAttente")]);
        Assert.Equal(avantGaronne[("Responsable", "avisNonTransmisSous15Jours")] + 1, apresGaronne[("Responsable", "avisNonTransmisSous15Jours")]);
        Assert.Equal(avantGaronne[("Responsable", "retenues")] + 1, apresGaronne[("Responsable", "retenues")]);
        Assert.Equal(avantLimousin[("Formateur", "enAttente")] + 1, apresLimousin[("Formateur", "enAttente")]);
        Assert.Equal(avantLimousin[("Formateur", "retenues")] + 1, apresLimousin[("Formateur", "retenues")]);
    }

    [Fact]
    public async Task Les_listes_se_filtrent_se_paginent_et_s_exportent_en_CSV_pour_un_tableur_francais_DASH_02_DASH_03()
    {
        Prerequis();
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var marque = "Liste" + Guid.NewGuid().ToString("N")[..6];
        var avenir = await Parcours.SessionAsync(host);
        var terminee = await Parcours.SessionAsync(host);
        await Parcours.CandidatureAsync(prescripteur, avenir.Id, marque + "-A");
        await Parcours.CandidatureAsync(prescripteur, avenir.Id, marque + "-B");
        await Parcours.CandidatureAsync(prescripteur, terminee.Id, marque + "-C; \"guillemets\"");
        await SessionsDeTest.ChangerDatesAsync(host, terminee.Id, new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 27));

        var page = await Parcours.OkAsync(await prescripteur.GetAsync($"/api/candidatures?texte={marque}&taille=2&page=2"));
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Single(page.GetProperty("lignes").EnumerateArray());
        var enCours = await Parcours.OkAsync(await prescripteur.GetAsync($"/api/candidatures?texte={marque}&terminees=false"));
        Assert.Equal(2, enCours.GetProperty("total").GetInt32());
        var terminees = await Parcours.OkAsync(await prescripteur.GetAsync($"/api/candidatures?texte={marque}&terminees=true&etat=EnAttente"));
        Assert.Equal(terminee.Id, terminees.GetProperty("lignes")[0].GetProperty("sessionId").GetGuid());
        Assert.Equal(0, (await Parcours.OkAsync(await prescripteur.GetAsync($"/api/candidatures?texte={marque}&etat=Retenue"))).GetProperty("total").GetInt32());

        var csv = await prescripteur.GetAsync($"/api/candidatures/export.csv?texte={marque}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var octets = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var lignes = Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Référence session;Intitulé;", lignes[0], StringComparison.Ordinal);
        Assert.Equal(4, lignes.Length);
        Assert.Contains(lignes, l => l.Contains($"\"{marque}-C; \"\"guillemets\"\"\"", StringComparison.Ordinal));
    }

    private static async Task<Dictionary<(string Role, string Etat), int>> TableauAsync(HttpClient client)
    {
        var tableau = await Parcours.OkAsync(await client.GetAsync("/api/tableau-de-bord/candidatures"));
        var resultat = new Dictionary<(string, string), int>();
        foreach (var ligne in tableau.GetProperty("lignes").EnumerateArray())
        {
            foreach (var p in ligne.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number))
            {
                resultat[(ligne.GetProperty("role").GetString()!, p.Name)] = p.Value.GetInt32();
            }
        }

        return resultat;
    }

    protected virtual void Prerequis()
    {
    }
}

public sealed class VisibiliteSqliteTests(SqliteApiHost host) : VisibiliteTests(host), IClassFixture<SqliteApiHost>;

[Trait("Database", "PostgreSQL")]
public sealed class VisibilitePostgresTests(PostgresApiHostFixture fixture) : VisibiliteTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
