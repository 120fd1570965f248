using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Support;
using Rafael.OffreInfo.Tests.Support;

namespace Rafael.Api.Tests.OffreInfo;

/// <summary>CIR-08: the published demo catalogue leaves through the Api as a valid LHEO 2.3 feed, with nothing left out.</summary>
public abstract class OffreInfoTests(ApiHost host)
{
    private static readonly XNamespace Lheo = "http://lheo.gouv.fr/2.3";

    [Fact]
    public async Task Le_catalogue_publie_part_en_LHEO_valide_sans_action_ecartee()
    {
        Prerequis();
        var reponse = await host.Anonyme().GetAsync("/api/offre-info/lheo");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("application/xml", reponse.Content.Headers.ContentType?.MediaType);
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        LheoSchema.Valider(octets);

        // On offer: published, with at least one session neither over, cancelled nor deleted (the demo has one that is over).
        var retirees = new[] { "annulee", "supprimee", "terminee" };
        var publiees = await host.DbAsync(db => db.Actions
            .Where(a => a.Status == "publiee" || a.Status == "modifiee")
            .Where(a => db.Sessions.Any(s => s.ActionId == a.Id && !retirees.Contains(s.Status)))
            .Select(a => a.Reference).ToListAsync());
        var terminees = await host.DbAsync(db => db.Actions
            .Where(a => a.Status == "publiee" && !db.Sessions.Any(s => s.ActionId == a.Id && !retirees.Contains(s.Status)))
            .CountAsync());
        Assert.True(terminees > 0, "La démonstration a une action publiée dont la seule session est terminée.");
        Assert.NotEmpty(publiees);
        var document = XDocument.Load(new MemoryStream(octets));
        var numeros = document.Descendants(Lheo + "formation").Select(f => (string?)f.Attribute("numero")).ToList();
        Assert.Equal(publiees.Order(StringComparer.Ordinal), numeros.Order(StringComparer.Ordinal));

        var admin = await host.ConnecterAsync(Comptes.Admin);
        var rapport = await admin.GetFromJsonAsync<JsonElement>("/api/offre-info/rapport");
        Assert.Equal(0, rapport.GetProperty("actionsEcartees").GetInt32());
        Assert.Equal(publiees.Count, rapport.GetProperty("actionsExportees").GetInt32());
    }

    [Fact]
    public async Task Sans_changement_depuis_l_instant_demande_la_reponse_est_vide()
    {
        Prerequis();
        var depuis = Uri.EscapeDataString(host.Time.GetUtcNow().AddDays(1).ToString("O"));
        var reponse = await host.Anonyme().GetAsync($"/api/offre-info/lheo?depuis={depuis}");
        Assert.Equal(HttpStatusCode.NoContent, reponse.StatusCode);
    }

    [Fact]
    public async Task Le_flux_Kairos_ne_garde_que_les_sessions_hors_alternance_non_financees()
    {
        Prerequis();
        var reponse = await host.Anonyme().GetAsync("/api/offre-info/lheo?kairos=true");
        Assert.True(reponse.StatusCode is HttpStatusCode.OK or HttpStatusCode.NoContent, reponse.StatusCode.ToString());
        if (reponse.StatusCode == HttpStatusCode.OK)
        {
            var octets = await reponse.Content.ReadAsByteArrayAsync();
            LheoSchema.Valider(octets);
            var attendues = await host.DbAsync(db => db.Sessions
                .Where(s => s.HorsAlternance && !s.Conventionnee && (s.Status == "ouverte" || s.Status == "fermee" || s.Status == "suppression-demandee"))
                .Where(s => db.Actions.Any(a => a.Id == s.ActionId && (a.Status == "publiee" || a.Status == "modifiee")))
                .Select(s => s.Reference).ToListAsync());
            var numeros = XDocument.Load(new MemoryStream(octets)).Descendants(Lheo + "session").Select(s => (string?)s.Attribute("numero")).ToList();
            Assert.Equal(attendues.Order(StringComparer.Ordinal), numeros.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Le_rapport_est_reserve_aux_administrateurs()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        Assert.Equal(HttpStatusCode.Forbidden, (await of.GetAsync("/api/offre-info/rapport")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonyme().GetAsync("/api/offre-info/rapport")).StatusCode);
    }

    protected virtual void Prerequis()
    {
    }
}

/// <summary>On SQLite.</summary>
public sealed class OffreInfoSqliteTests(SqliteApiHost host) : OffreInfoTests(host), IClassFixture<SqliteApiHost>;

/// <summary>On PostgreSQL.</summary>
public sealed class OffreInfoPostgresTests(PostgresApiHostFixture fixture) : OffreInfoTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
