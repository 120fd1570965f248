using System.Text.Json;
using Rafael.Api.Tests.Support;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>The demo candidatures make the dashboards and lists alive after start-up. A host of its own: nothing else
/// adds candidatures to it.</summary>
public abstract class DemoCandidaturesTests(ApiHost host)
{
    [Fact]
    public async Task La_demo_montre_chaque_etat_que_l_organisme_rencontre()
    {
        Prerequis();
        var garonne = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var sessions = await Parcours.OkAsync(await garonne.GetAsync("/api/candidatures/sessions?texte=Technicien d'assistance informatique"));
        var comptes = sessions.GetProperty("lignes")[0].GetProperty("comptes");
        Assert.Equal(5, comptes.GetProperty("enAttente").GetInt32());
        Assert.Equal(2, comptes.GetProperty("retenues").GetInt32());
        Assert.Equal(2, comptes.GetProperty("nonRetenues").GetInt32());
        Assert.Equal(1, comptes.GetProperty("refusSessionComplete").GetInt32());
        Assert.Equal(7, sessions.GetProperty("lignes")[0].GetProperty("inscrits").GetInt32());

        // The session ended ten days ago: its two validated candidatures switch to Avis non transmis within 15 days.
        var tableau = await Parcours.OkAsync(await garonne.GetAsync("/api/tableau-de-bord/candidatures"));
        var responsable = tableau.GetProperty("lignes").EnumerateArray().Single(l => l.GetProperty("role").GetString() == "Responsable");
        Assert.Equal(2, responsable.GetProperty("avisNonTransmisSous15Jours").GetInt32());
        Assert.Equal(1, (await Parcours.OkAsync(await garonne.GetAsync("/api/candidatures/sessions?terminees=true"))).GetProperty("total").GetInt32());

        // Hugo's drafts wait in the Niveau 3's queue.
        var niveau3 = await host.ConnecterAsync(Comptes.Prescripteur3);
        var aValider = await Parcours.OkAsync(await niveau3.GetAsync("/api/preinscriptions/a-valider"));
        Assert.Equal(2, (aValider.ValueKind == JsonValueKind.Array ? aValider : aValider.GetProperty("lignes")).GetArrayLength());
    }

    protected virtual void Prerequis()
    {
    }
}

public sealed class DemoCandidaturesSqliteTests(SqliteApiHost host) : DemoCandidaturesTests(host), IClassFixture<SqliteApiHost>;

[Trait("Database", "PostgreSQL")]
public sealed class DemoCandidaturesPostgresTests(PostgresApiHostFixture fixture) : DemoCandidaturesTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
