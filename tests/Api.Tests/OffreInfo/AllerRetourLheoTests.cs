using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Catalogue.ImportOffre;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Catalogue;
using Rafael.OffreInfo.Tests.Support;
using CatalogueApi = Rafael.Api.Tests.Catalogue.Api;

namespace Rafael.Api.Tests.OffreInfo;

/// <summary>
/// Issue 8, CIR-08, CAT-04: an LHEO feed is a source of funded offer. A generated funded catalogue (imported as JSON and
/// published) exports as LHEO; that feed imported into an emptied catalogue (reference data only: structures,
/// dispositifs, mesures, accounts) and published again exports the same feed, apart from <c>horodatage-export</c>.
/// Both feeds are valid against the XSD.
/// </summary>
public abstract class AllerRetourLheoTests(ApiHost host)
{
    private static readonly XNamespace Lheo = "http://lheo.gouv.fr/2.3";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CIR_08_CAT_04_export_puis_import_dans_un_catalogue_vide_puis_export_donne_le_meme_flux()
    {
        Prerequis();
        LheoSchema.Exiger();
        var admin = await host.ConnecterAsync(Comptes.Admin);

        await ViderCatalogueAsync();
        var lignes = await CatalogueGenereAsync();
        var premier = await CatalogueApi.LireAsync(await admin.PostAsync("/api/catalogue/imports", LignesImport.Json(lignes), Ct), HttpStatusCode.Created);
        Assert.True(premier.GetProperty("creees").GetInt32() == lignes.Length, premier.ToString());
        await PublierToutAsync(admin);
        var aller = await ExporterAsync();
        var document = XDocument.Load(new MemoryStream(aller));
        Assert.Equal((4, 5), (document.Descendants(Lheo + "formation").Count(), document.Descendants(Lheo + "session").Count()));

        await ViderCatalogueAsync();
        var retour = await CatalogueApi.LireAsync(await admin.PostAsync("/api/catalogue/imports", new ByteArrayContent(aller) { Headers = { ContentType = new("application/xml") } }, Ct), HttpStatusCode.Created);
        Assert.True(retour.GetProperty("creees").GetInt32() == lignes.Length && retour.GetProperty("rejetees").GetInt32() == 0, retour.ToString());
        Assert.Equal("lheo", retour.GetProperty("format").GetString());
        await PublierToutAsync(admin);
        var retourExporte = await ExporterAsync();

        var attendu = SansHorodatageExport(aller);
        var obtenu = SansHorodatageExport(retourExporte);
        Assert.True(attendu == obtenu, PremiereDifference(attendu, obtenu));

        // The same feed again changes nothing: the LHEO import is idempotent like the others.
        var encore = await CatalogueApi.LireAsync(await admin.PostAsync("/api/catalogue/imports", new ByteArrayContent(aller) { Headers = { ContentType = new("text/xml") } }, Ct), HttpStatusCode.Created);
        Assert.True(encore.GetProperty("inchangees").GetInt32() == lignes.Length, encore.ToString());
    }

    [Fact]
    public async Task CAT_04_un_flux_LHEO_non_conforme_au_schema_est_refuse_avant_tout_import()
    {
        Prerequis();
        LheoSchema.Exiger();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var avant = await host.EmpreinteAsync();
        const string Invalide = "<?xml version=\"1.0\" encoding=\"utf-8\"?><lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres><formation numero=\"1\"/></offres></lheo>";

        var reponse = await admin.PostAsync("/api/catalogue/imports", new StringContent(Invalide, Encoding.UTF8, "application/xml"), Ct);

        var corps = await CatalogueApi.RefusAsync(reponse, HttpStatusCode.BadRequest, "fichier");
        Assert.Contains("schéma", corps, StringComparison.Ordinal);
        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    protected virtual void Prerequis()
    {
    }

    /// <summary>Four funded actions on the three demo dispositifs, varied: formateur other than the Responsable,
    /// several modalities, partial validation with blocs, comment and session contact.</summary>
    private async Task<Dictionary<string, object?>[]> CatalogueGenereAsync()
    {
        var garonne = await SiretAsync(Comptes.Garonne);
        var pau = await SiretAsync(Comptes.Pau);
        var limousin = await SiretAsync(Comptes.Limousin);
        var a1s1 = LignesImport.Ligne("A1", garonne);
        a1s1["horsAlternance"] = "oui";
        var a1s2 = LignesImport.Ligne("A1", garonne, "S2");
        a1s2["siretFormateur"] = pau;
        a1s2["voieAcces"] = "ContratProfessionnalisation";
        a1s2["dateDebut"] = "2026-10-05";
        a1s2["dateLimiteInscription"] = "2026-09-25";
        a1s2["dateLimiteEntreeTardive"] = "2026-10-12";

        var a2 = LignesImport.Ligne("A2", pau, mesure: "HSP-SAVOIRS");
        a2["intitule"] = "Compétences clés : remise à niveau";
        a2["objectifGeneral"] = "RemiseANiveau";
        a2["validation"] = "AttestationFinFormation";
        a2["certifications"] = null;
        a2["certificationsSession"] = null;
        a2["durees"] = "CoursDuJour=120|Foad=40";
        a2["typeEntree"] = "EntreesSortiesPermanentes";
        a2["coefficient"] = 1;
        a2["lieuLigne"] = "3 avenue du Loup";
        a2["lieuCodePostal"] = "64000";
        a2["lieuVille"] = "Pau";

        var a3 = LignesImport.Ligne("A3", limousin, mesure: "POEC");
        a3["intitule"] = "Préparateur de commandes en entrepôt";
        a3["validation"] = "AutreCertification";
        a3["certifications"] = "RS5678=Conduite de chariots";
        a3["certificationsSession"] = "RS5678=Partielle:BC01,BC02";
        a3["coefficient"] = 3;
        a3["lieuLigne"] = "28 boulevard Gambetta";
        a3["lieuCodePostal"] = "87000";
        a3["lieuVille"] = "Limoges";

        var a4 = LignesImport.Ligne("A4", garonne, mesure: "PRF-SAVOIRS");
        a4["intitule"] = "Savoirs de base vers l'emploi";
        a4["objectifGeneral"] = "Remobilisation";
        a4["validation"] = "AttestationFinFormation";
        a4["certifications"] = null;
        a4["certificationsSession"] = null;
        a4["commentaire"] = "Entretien individuel avant l'entrée.";
        a4["sessionContactNom"] = "Paul Girard";
        a4["sessionContactEmail"] = "paul.girard@example.fr";
        return [a1s1, a1s2, a2, a3, a4];
    }

    private async Task PublierToutAsync(HttpClient admin)
    {
        var ids = await host.DbAsync(db => db.Actions.Where(a => a.Status == "en-attente-validation").OrderBy(a => a.Reference).Select(a => a.Id).ToListAsync());
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            await CatalogueApi.LireAsync(await admin.PostAsJsonAsync($"/api/actions/{id}/valider", new { confirmation = true }, Ct), HttpStatusCode.OK);
            await CatalogueApi.LireAsync(await admin.PostAsJsonAsync($"/api/actions/{id}/publier", new { }, Ct), HttpStatusCode.OK);
        }
    }

    private async Task<byte[]> ExporterAsync()
    {
        var reponse = await host.Anonyme().GetAsync("/api/offre-info/lheo", Ct);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var octets = await reponse.Content.ReadAsByteArrayAsync(Ct);
        LheoSchema.Valider(octets);
        return octets;
    }

    /// <summary>Reference data only: the catalogue goes, its reference counters start again; structures, dispositifs,
    /// mesures and accounts stay.</summary>
    private Task ViderCatalogueAsync() => host.DbAsync(async db =>
    {
        await db.Sessions.ExecuteDeleteAsync(Ct);
        await db.Actions.ExecuteDeleteAsync(Ct);
        await db.Database.ExecuteSqlRawAsync("UPDATE compteurs_references SET valeur = {0} WHERE nom = {1}", [ReferencesCatalogue.DepartActions, CompteurReference.Action], Ct);
        await db.Database.ExecuteSqlRawAsync("UPDATE compteurs_references SET valeur = 0 WHERE nom = {0}", [CompteurReference.Session], Ct);
        return 0;
    });

    private Task<string> SiretAsync(string nom) => host.DbAsync(db => db.Structures.Where(s => s.Nom == nom).Select(s => s.Siret).SingleAsync());

    private static string SansHorodatageExport(byte[] flux)
    {
        var document = XDocument.Load(new MemoryStream(flux));
        foreach (var element in document.Descendants())
        {
            element.Attribute("horodatage-export")?.Remove();
        }

        Assert.NotEmpty(document.Descendants(Lheo + "formation"));
        return document.ToString();
    }

    private static string PremiereDifference(string attendu, string obtenu)
    {
        var a = attendu.Split('\n');
        var o = obtenu.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, o.Length); i++)
        {
            var la = i < a.Length ? a[i] : "(fin)";
            var lo = i < o.Length ? o[i] : "(fin)";
            if (la != lo)
            {
                return $"Flux différents à la ligne {i + 1} :\n  aller  : {la.Trim()}\n  retour : {lo.Trim()}";
            }
        }

        return "identiques";
    }
}

/// <summary>On SQLite.</summary>
public sealed class AllerRetourLheoSqliteTests(SqliteApiHost host) : AllerRetourLheoTests(host), IClassFixture<SqliteApiHost>;

/// <summary>On PostgreSQL.</summary>
public sealed class AllerRetourLheoPostgresTests(PostgresApiHostFixture fixture) : AllerRetourLheoTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
