using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rafael.Api.Tests.Candidatures;
using Rafael.Api.Tests.Support;

namespace Rafael.Api.Tests.Indicateurs;

/// <summary>DASH-04: indicators on candidatures per dispositif, mesure, structure and period, for funders (their own
/// sessions only) and administrators; refused to everyone else.</summary>
public abstract class IndicateursTests(ApiHost host)
{
    private const string FinanceurFranceTravail = "financeur.ft@demo.rafael.fr";

    [Fact]
    public async Task DASH_04_l_administrateur_compte_les_candidatures_par_etat_dispositif_mesure_et_organisme()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var garonne = await host.StructureAsync(Comptes.Garonne);
        const string Requete = "/api/indicateurs/candidatures?dispositif=PRF&mesure=PRF-QUALIF";
        var avant = Ligne(await LireAsync(admin, Requete), garonne);

        var session = await Parcours.SessionAsync(host);
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var retenue = await Parcours.CandidatureAsync(prescripteur, session.Id, "Indic-" + Guid.NewGuid().ToString("N")[..6]);
        var nonRetenue = await Parcours.CandidatureAsync(prescripteur, session.Id, "Indic-" + Guid.NewGuid().ToString("N")[..6]);
        await Parcours.CandidatureAsync(prescripteur, session.Id, "Indic-" + Guid.NewGuid().ToString("N")[..6]);
        await Parcours.PresentAsync(of, retenue);
        await Parcours.OkAsync(await Parcours.RetenirAsync(of, retenue));
        await Parcours.PresentAsync(of, nonRetenue);
        await Parcours.OkAsync(await Parcours.RefuserAsync(of, nonRetenue, "autres", "Projet professionnel à confirmer"));

        var resultat = await LireAsync(admin, Requete);
        var apres = Ligne(resultat, garonne);
        Assert.Equal("PRF", apres.GetProperty("dispositif").GetString());
        Assert.Equal("PRF-QUALIF", apres.GetProperty("mesure").GetString());
        Assert.Equal(Comptes.Garonne, apres.GetProperty("structure").GetString());
        Assert.Equal(N(avant, "enAttente") + 1, N(apres, "enAttente"));
        Assert.Equal(N(avant, "retenues") + 1, N(apres, "retenues"));
        Assert.Equal(N(avant, "nonRetenues") + 1, N(apres, "nonRetenues"));
        Assert.Equal(N(avant, "total") + 3, N(apres, "total"));
        var traitees = N(apres, "retenues") + N(apres, "nonRetenues") + N(apres, "avisNonTransmis") + N(apres, "refusSessionComplete") + N(apres, "refusSessionAnnulee");
        Assert.Equal(Math.Round(100m * N(apres, "retenues") / traitees, 1, MidpointRounding.AwayFromZero), apres.GetProperty("tauxRetenue").GetDecimal());
        Assert.Equal(resultat.GetProperty("lignes").EnumerateArray().Sum(l => N(l, "total")), N(resultat.GetProperty("total"), "total"));
        Assert.All(resultat.GetProperty("lignes").EnumerateArray(), l => Assert.Equal("PRF-QUALIF", l.GetProperty("mesure").GetString()));
    }

    [Fact]
    public async Task DASH_04_la_periode_compte_les_preinscriptions_de_ses_jours_et_une_periode_inversee_est_refusee()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var session = await Parcours.SessionAsync(host);
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        await Parcours.CandidatureAsync(prescripteur, session.Id, "Periode-" + Guid.NewGuid().ToString("N")[..6]);
        var aujourdhui = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime);

        var jusquaHier = await LireAsync(admin, $"/api/indicateurs/candidatures?au={aujourdhui.AddDays(-2):yyyy-MM-dd}");
        var jusquaAujourdhui = await LireAsync(admin, $"/api/indicateurs/candidatures?au={aujourdhui.AddDays(1):yyyy-MM-dd}");
        var depuisDemain = await LireAsync(admin, $"/api/indicateurs/candidatures?du={aujourdhui.AddDays(2):yyyy-MM-dd}");

        Assert.True(N(jusquaAujourdhui.GetProperty("total"), "total") > N(jusquaHier.GetProperty("total"), "total"));
        Assert.Equal(0, N(depuisDemain.GetProperty("total"), "total"));
        Assert.Empty(depuisDemain.GetProperty("lignes").EnumerateArray());

        var inversee = await admin.GetAsync($"/api/indicateurs/candidatures?du={aujourdhui:yyyy-MM-dd}&au={aujourdhui.AddDays(-1):yyyy-MM-dd}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, inversee.StatusCode);
        Assert.Equal("application/problem+json", inversee.Content.Headers.ContentType?.MediaType);
        var probleme = await inversee.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(probleme.GetProperty("errors").TryGetProperty("du", out _));
    }

    [Fact]
    public async Task DASH_04_un_financeur_ne_voit_que_les_candidatures_de_ses_sessions()
    {
        Prerequis();
        var region = await host.ConnecterAsync(Comptes.Financeur);
        var franceTravail = await host.ConnecterAsync(FinanceurFranceTravail);
        var regionAvant = N((await LireAsync(region, "/api/indicateurs/candidatures")).GetProperty("total"), "total");
        var ftAvant = N((await LireAsync(franceTravail, "/api/indicateurs/candidatures")).GetProperty("total"), "total");

        var prf = await Parcours.SessionAsync(host);
        var poec = await Parcours.SessionAsync(host, s => s with { Dispositif = "POEC", Mesure = "POEC", Financeur = "France Travail" });
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        await Parcours.CandidatureAsync(prescripteur, prf.Id, "Fin-" + Guid.NewGuid().ToString("N")[..6]);
        await Parcours.CandidatureAsync(prescripteur, poec.Id, "Fin-" + Guid.NewGuid().ToString("N")[..6]);
        await Parcours.CandidatureAsync(prescripteur, poec.Id, "Fin-" + Guid.NewGuid().ToString("N")[..6]);

        var vuRegion = await LireAsync(region, "/api/indicateurs/candidatures");
        Assert.Equal(regionAvant + 1, N(vuRegion.GetProperty("total"), "total"));
        Assert.DoesNotContain(vuRegion.GetProperty("lignes").EnumerateArray(), l => l.GetProperty("dispositif").GetString() == "POEC");
        Assert.Equal(0, N((await LireAsync(region, "/api/indicateurs/candidatures?dispositif=POEC")).GetProperty("total"), "total"));

        var vuFranceTravail = await LireAsync(franceTravail, "/api/indicateurs/candidatures");
        Assert.Equal(ftAvant + 2, N(vuFranceTravail.GetProperty("total"), "total"));
        Assert.All(vuFranceTravail.GetProperty("lignes").EnumerateArray(), l => Assert.Equal("POEC", l.GetProperty("dispositif").GetString()));
    }

    [Theory]
    [InlineData(Comptes.PreinscriptionGaronne)]
    [InlineData(Comptes.CatalogueGaronne)]
    [InlineData(Comptes.Prescripteur3)]
    [InlineData(Comptes.Prescripteur1)]
    public async Task DASH_04_organismes_et_prescripteurs_n_ont_pas_les_indicateurs(string compte)
    {
        Prerequis();
        var client = await host.ConnecterAsync(compte);

        foreach (var url in new[] { "/api/indicateurs/candidatures", "/api/indicateurs/candidatures.csv?dispositif=PRF" })
        {
            var reponse = await client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, reponse.StatusCode);
            Assert.Equal("application/problem+json", reponse.Content.Headers.ContentType?.MediaType);
            Assert.Contains("DASH-04", await reponse.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DASH_04_l_export_csv_s_ouvre_dans_un_tableur_francais()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host);
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        await Parcours.CandidatureAsync(prescripteur, session.Id, "Csv-" + Guid.NewGuid().ToString("N")[..6]);
        var region = await host.ConnecterAsync(Comptes.Financeur);

        var reponse = await region.GetAsync("/api/indicateurs/candidatures.csv?dispositif=PRF", Ct);

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("text/csv", reponse.Content.Headers.ContentType?.MediaType);
        var octets = await reponse.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.GetPreamble(), octets[..3]);
        var lignes = Encoding.UTF8.GetString(octets, 3, octets.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Dispositif;Mesure;Organisme de formation;En attente;Retenues;", lignes[0], StringComparison.Ordinal);
        Assert.Contains(lignes, l => l.StartsWith($"PRF;PRF-QUALIF;{Comptes.Garonne};", StringComparison.Ordinal));
        Assert.StartsWith(";;Total;", lignes[^1], StringComparison.Ordinal);
        Assert.All(lignes, l => Assert.Equal(11, l.Count(c => c == ';')));
    }

    /// <summary>Lets the PostgreSQL subclass skip or fail before touching the host.</summary>
    protected virtual void Prerequis()
    {
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int N(JsonElement ligne, string champ) => ligne.GetProperty(champ).GetInt32();

    private static JsonElement Ligne(JsonElement resultat, Guid structure) =>
        resultat.GetProperty("lignes").EnumerateArray().Where(l => l.GetProperty("structureId").GetGuid() == structure).DefaultIfEmpty(Vide).Single();

    private static readonly JsonElement Vide = JsonDocument.Parse("""{"enAttente":0,"retenues":0,"nonRetenues":0,"total":0}""").RootElement;

    private static async Task<JsonElement> LireAsync(HttpClient client, string url)
    {
        var reponse = await client.GetAsync(url, Ct);
        var corps = await reponse.Content.ReadAsStringAsync(Ct);
        Assert.True(reponse.StatusCode == HttpStatusCode.OK, $"{(int)reponse.StatusCode} {corps}");
        return JsonDocument.Parse(corps).RootElement;
    }
}

/// <summary>On SQLite.</summary>
public sealed class IndicateursSqliteTests(SqliteApiHost host) : IndicateursTests(host), IClassFixture<SqliteApiHost>;

/// <summary>On PostgreSQL.</summary>
public sealed class IndicateursPostgresTests(PostgresApiHostFixture fixture) : IndicateursTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
