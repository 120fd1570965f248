using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Support;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>DASH-01 counts only the candidatures of published, non-archived sessions.</summary>
public abstract class TableauDeBordTests(ApiHost host)
{
    [Fact]
    public async Task Le_tableau_de_bord_ne_compte_plus_les_candidatures_d_une_action_archivee_DASH_01()
    {
        Prerequis();
        var garonne = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var limousin = await host.ConnecterAsync("referent.limousin@demo.rafael.fr");
        var session = await Parcours.SessionAsync(host);
        var avantGaronne = await EnAttenteAsync(garonne, "Responsable");
        var avantLimousin = await EnAttenteAsync(limousin, "Formateur");
        await Parcours.CandidatureAsync(await host.ConnecterAsync(Comptes.Prescripteur3), session.Id, "Tableau-" + Guid.NewGuid().ToString("N")[..6]);

        Assert.Equal(avantGaronne + 1, await EnAttenteAsync(garonne, "Responsable"));
        Assert.Equal(avantLimousin + 1, await EnAttenteAsync(limousin, "Formateur"));

        var actionId = await host.DbAsync(db => db.Sessions.Where(s => s.Id == session.Id).Select(s => s.ActionId).SingleAsync());
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var archivage = await admin.PostAsJsonAsync($"/api/actions/{actionId}/archiver", new { });
        Assert.True(archivage.StatusCode == HttpStatusCode.OK, $"{(int)archivage.StatusCode} {await archivage.Content.ReadAsStringAsync()}");

        Assert.Equal(avantGaronne, await EnAttenteAsync(garonne, "Responsable"));
        Assert.Equal(avantLimousin, await EnAttenteAsync(limousin, "Formateur"));
    }

    [Fact]
    public async Task Le_tableau_de_bord_est_refuse_sans_connexion_DASH_01()
    {
        Prerequis();
        var reponse = await host.Anonyme().GetAsync("/api/tableau-de-bord/candidatures");
        Assert.Equal(HttpStatusCode.Unauthorized, reponse.StatusCode);
    }

    private static async Task<int> EnAttenteAsync(HttpClient client, string role)
    {
        var tableau = await Parcours.OkAsync(await client.GetAsync("/api/tableau-de-bord/candidatures"));
        return tableau.GetProperty("lignes").EnumerateArray()
            .Single(l => l.GetProperty("role").GetString() == role)
            .GetProperty("enAttente").GetInt32();
    }

    protected virtual void Prerequis()
    {
    }
}

public sealed class TableauDeBordSqliteTests(SqliteApiHost host) : TableauDeBordTests(host), IClassFixture<SqliteApiHost>;

[Trait("Database", "PostgreSQL")]
public sealed class TableauDeBordPostgresTests(PostgresApiHostFixture fixture) : TableauDeBordTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
