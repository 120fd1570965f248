using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Support;
using static Rafael.Api.Tests.Catalogue.ImportOffre.LignesImport;

namespace Rafael.Api.Tests.Catalogue.ImportOffre;

/// <summary>CAT-04: a funder's file creates or updates conventionnée actions and sessions idempotently, line by line.</summary>
public abstract class ImportOffreTests(ApiHost host)
{
    private const string Url = "/api/catalogue/imports";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CAT_04_un_fichier_JSON_cree_l_action_et_ses_sessions_conventionnees_et_le_rapport_se_relit()
    {
        Prerequis();
        var cle = Cle();
        var siret = await SiretAsync(Comptes.Garonne);
        var admin = await host.ConnecterAsync(Comptes.Admin);

        var rapport = await Api.LireAsync(await admin.PostAsync(Url, Json(Ligne(cle, siret), Ligne(cle, siret, "S2")), Ct), HttpStatusCode.Created);
        Assert.Equal((2, 0, 0, 0), Compteurs(rapport));

        var action = await host.DbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.ReferenceExterne == $"A-{cle}"));
        Assert.True(action.Conventionnee);
        Assert.Equal("en-attente-validation", action.Status);
        Assert.Equal(await host.StructureAsync(Comptes.Garonne), action.ResponsableId);
        Assert.Equal(await host.StructureAsync(Comptes.Region), action.FinanceurId);
        var sessions = await host.DbAsync(db => db.Sessions.AsNoTracking().Where(s => s.ActionId == action.Id).OrderBy(s => s.ReferenceExterne).ToListAsync());
        Assert.Equal([$"S1-{cle}", $"S2-{cle}"], sessions.Select(s => s.ReferenceExterne));
        Assert.All(sessions, s => Assert.Equal(($"M-{cle}", 12, 2m, "PRF"), (s.NumeroMarche, s.Places, s.Coefficient, s.CodeDispositif)));

        var relu = await Api.LireAsync(await admin.GetAsync($"{Url}/{rapport.GetProperty("id").GetGuid()}", Ct), HttpStatusCode.OK);
        Assert.Equal((2, 0, 0, 0), Compteurs(relu));
        Assert.Equal("json", relu.GetProperty("format").GetString());
    }

    [Fact]
    public async Task CAT_04_importer_deux_fois_le_meme_fichier_ne_change_rien_la_seconde_fois()
    {
        Prerequis();
        var cle = Cle();
        var siret = await SiretAsync(Comptes.Garonne);
        var financeur = await host.ConnecterAsync(Comptes.Financeur);
        var fichier = TexteCsv(Ligne(cle, siret), Ligne(cle, siret, "S2"));
        Assert.Equal((2, 0, 0, 0), Compteurs(await Api.LireAsync(await financeur.PostAsync(Url, new StringContent(fichier, Encoding.UTF8, "text/csv"), Ct), HttpStatusCode.Created)));
        var avant = await EtatAsync(cle);

        var second = await Api.LireAsync(await financeur.PostAsync(Url, new StringContent(fichier, Encoding.UTF8, "text/csv"), Ct), HttpStatusCode.Created);

        Assert.Equal((0, 0, 2, 0), Compteurs(second));
        Assert.Equal(avant, await EtatAsync(cle));
    }

    [Fact]
    public async Task CAT_04_une_ligne_changee_ne_met_a_jour_que_ce_qui_a_change_avec_les_evenements_du_catalogue()
    {
        Prerequis();
        var cle = Cle();
        var siret = await SiretAsync(Comptes.Garonne);
        var admin = await host.ConnecterAsync(Comptes.Admin);
        await Api.LireAsync(await admin.PostAsync(Url, Json(Ligne(cle, siret), Ligne(cle, siret, "S2")), Ct), HttpStatusCode.Created);
        var avant = await host.DbAsync(db => db.Sessions.AsNoTracking().Where(s => s.ReferenceExterne!.EndsWith(cle)).ToDictionaryAsync(s => s.ReferenceExterne!, s => s.Version));
        var versionAction = await host.DbAsync(db => db.Actions.Where(a => a.ReferenceExterne == $"A-{cle}").Select(a => a.Version).SingleAsync());

        var changee = Ligne(cle, siret, "S2");
        changee["dateFin"] = "2026-12-22";
        changee["places"] = 10;
        var rapport = await Api.LireAsync(await admin.PostAsync(Url, Json(Ligne(cle, siret), changee), Ct), HttpStatusCode.Created);

        Assert.True((0, 1, 1, 0) == Compteurs(rapport), rapport.ToString());
        var apres = await host.DbAsync(db => db.Sessions.AsNoTracking().Where(s => s.ReferenceExterne!.EndsWith(cle)).ToListAsync());
        var s2 = apres.Single(s => s.ReferenceExterne == $"S2-{cle}");
        Assert.Equal((new DateOnly(2026, 12, 22), 10), (s2.DateFin, s2.Places));
        Assert.True(s2.Version > avant[$"S2-{cle}"]);
        Assert.Equal(avant[$"S1-{cle}"], apres.Single(s => s.ReferenceExterne == $"S1-{cle}").Version);
        Assert.Equal(versionAction, await host.DbAsync(db => db.Actions.Where(a => a.ReferenceExterne == $"A-{cle}").Select(a => a.Version).SingleAsync()));
        var cleMessage = $"session.dates-modifiees:{s2.Id}:";
        Assert.True(await host.DbAsync(db => db.Outbox.AnyAsync(m => m.Type == "session.dates-modifiees" && m.IdempotencyKey.StartsWith(cleMessage))), "session.dates-modifiees attendu");
    }

    [Fact]
    public async Task CAT_04_CAT_13_une_ligne_refusee_est_signalee_avec_sa_ligne_ses_champs_et_sa_raison_et_n_est_pas_importee()
    {
        Prerequis();
        var cle = Cle();
        var siret = await SiretAsync(Comptes.Garonne);
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var coefficient = Ligne(cle, siret, "S2");
        coefficient["coefficient"] = 9;
        var incomplete = Ligne(cle + "-b", siret);
        incomplete.Remove("intitule");
        incomplete["dateDebut"] = "07/09/26";
        var inconnu = Ligne(cle + "-c", "12345678901234");

        var rapport = await Api.LireAsync(await admin.PostAsync(Url, Csv(Ligne(cle, siret), coefficient, incomplete, inconnu), Ct), HttpStatusCode.Created);

        Assert.True((1, 0, 0, 3) == Compteurs(rapport), rapport.ToString());
        // A record's number is the file line it starts on: the programme spans two lines, each record too.
        var rejets = rapport.GetProperty("rejets").EnumerateArray().ToDictionary(r => r.GetProperty("ligne").GetInt32());
        Assert.True(rejets.Keys.Order().SequenceEqual([4, 6, 8]), rapport.ToString());
        Assert.Equal("CAT-13", rejets[4].GetProperty("regle").GetString());
        Assert.Contains("coefficient", rejets[4].GetProperty("raison").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["coefficient"], rejets[4].GetProperty("champs").EnumerateArray().Select(c => c.GetString()));
        var champs = rejets[6].GetProperty("champs").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("intitule", champs);
        Assert.Contains("dateDebut", champs);
        Assert.Contains("SIRET", rejets[8].GetProperty("raison").GetString(), StringComparison.Ordinal);
        Assert.Equal(["siretResponsable"], rejets[8].GetProperty("champs").EnumerateArray().Select(c => c.GetString()));

        // Never half-imported: the refused session is absent, and so are the actions of the refused lines.
        Assert.False(await host.DbAsync(db => db.Sessions.AnyAsync(s => s.ReferenceExterne == $"S2-{cle}")));
        Assert.False(await host.DbAsync(db => db.Actions.AnyAsync(a => a.ReferenceExterne == $"A-{cle}-b" || a.ReferenceExterne == $"A-{cle}-c")));
        Assert.True(await host.DbAsync(db => db.Sessions.AnyAsync(s => s.ReferenceExterne == $"S1-{cle}")));
    }

    [Fact]
    public async Task CAT_04_une_action_nouvelle_dont_la_session_est_refusee_n_est_pas_creee_non_plus()
    {
        Prerequis();
        var cle = Cle();
        var ligne = Ligne(cle, await SiretAsync(Comptes.Garonne));
        ligne["certificationsSession"] = "RNCP99999=Totale";
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var references = await host.DbAsync(db => db.Actions.CountAsync());

        var rapport = await Api.LireAsync(await admin.PostAsync(Url, Json(ligne), Ct), HttpStatusCode.Created);

        Assert.Equal((0, 0, 0, 1), Compteurs(rapport));
        Assert.Contains("RNCP99999", rapport.GetProperty("rejets")[0].GetProperty("raison").GetString(), StringComparison.Ordinal);
        Assert.Equal(references, await host.DbAsync(db => db.Actions.CountAsync()));
    }

    [Fact]
    public async Task CAT_04_un_organisme_de_formation_ne_peut_pas_importer_et_un_financeur_n_importe_que_ses_dispositifs()
    {
        Prerequis();
        var cle = Cle();
        var siret = await SiretAsync(Comptes.Garonne);
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var avant = await host.EmpreinteAsync();
        await Api.RefusAsync(await of.PostAsync(Url, Json(Ligne(cle, siret)), Ct), HttpStatusCode.Forbidden, "CAT-04");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonyme().PostAsync(Url, Json(Ligne(cle, siret)), Ct)).StatusCode);
        Assert.Equal(avant, await host.EmpreinteAsync());

        var region = await host.ConnecterAsync(Comptes.Financeur);
        var rapport = await Api.LireAsync(await region.PostAsync(Url, Json(Ligne(cle, siret, mesure: "POEC")), Ct), HttpStatusCode.Created);
        Assert.Equal((0, 0, 0, 1), Compteurs(rapport));
        Assert.Equal("CAT-04", rapport.GetProperty("rejets")[0].GetProperty("regle").GetString());
        Assert.False(await host.DbAsync(db => db.Actions.AnyAsync(a => a.ReferenceExterne == $"A-{cle}")));

        // A report is read by its funder and the administrators only.
        var id = rapport.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await region.GetAsync($"{Url}/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await of.GetAsync($"{Url}/{id}", Ct)).StatusCode);
        var franceTravail = await host.ConnecterAsync("financeur.ft@demo.rafael.fr");
        Assert.Equal(HttpStatusCode.NotFound, (await franceTravail.GetAsync($"{Url}/{id}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("application/json", "{\"pas\": \"un tableau\"")]
    [InlineData("application/json", "[{\"mesure\": \"PRF-QUALIF\",")]
    [InlineData("text/csv", "mesure;colonneInconnue\r\nPRF-QUALIF;x\r\n")]
    [InlineData("text/csv", "")]
    [InlineData("text/plain", "bonjour")]
    public async Task CAT_04_un_fichier_illisible_est_refuse_en_problem_json_sans_rien_changer(string type, string contenu)
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var avant = await host.EmpreinteAsync();
        var rapports = await host.DbAsync(db => db.ImportsOffre.CountAsync());

        var reponse = await admin.PostAsync(Url, new StringContent(contenu, Encoding.UTF8, type), Ct);

        var corps = await Api.RefusAsync(reponse, HttpStatusCode.BadRequest, "fichier");
        Assert.Contains("\"fichier\"", corps, StringComparison.Ordinal);
        Assert.Equal(avant, await host.EmpreinteAsync());
        Assert.Equal(rapports, await host.DbAsync(db => db.ImportsOffre.CountAsync()));
    }

    [Fact]
    public async Task CAT_04_un_fichier_joint_a_un_formulaire_est_lu_selon_son_extension()
    {
        Prerequis();
        var cle = Cle();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var reponse = await admin.PostAsync(Url, Formulaire("offre-prf.csv", TexteCsv(Ligne(cle, await SiretAsync(Comptes.Garonne)))), Ct);
        var rapport = await Api.LireAsync(reponse, HttpStatusCode.Created);
        Assert.Equal((1, 0, 0, 0), Compteurs(rapport));
        Assert.Equal(("csv", "offre-prf.csv"), (rapport.GetProperty("format").GetString(), rapport.GetProperty("nomFichier").GetString()));
    }

    protected virtual void Prerequis()
    {
    }

    private static string Cle() => Guid.NewGuid().ToString("N")[..10];

    private static (int, int, int, int) Compteurs(JsonElement r) =>
        (r.GetProperty("creees").GetInt32(), r.GetProperty("misesAJour").GetInt32(), r.GetProperty("inchangees").GetInt32(), r.GetProperty("rejetees").GetInt32());

    private Task<string> SiretAsync(string nom) => host.DbAsync(db => db.Structures.Where(s => s.Nom == nom).Select(s => s.Siret).SingleAsync());

    /// <summary>Everything a second import could change: versions, the journal of actions and sessions, the outbox.</summary>
    private Task<string> EtatAsync(string cle) => host.DbAsync(async db =>
    {
        var actions = await db.Actions.AsNoTracking().Where(a => a.ReferenceExterne == $"A-{cle}").Select(a => a.Version).ToListAsync();
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ReferenceExterne!.EndsWith(cle)).OrderBy(s => s.ReferenceExterne).Select(s => s.Version).ToListAsync();
        var journal = await db.Journal.CountAsync(j => j.EntityType == "ActionFormation" || j.EntityType == "Session");
        var outbox = await db.Outbox.CountAsync();
        return $"{string.Join(',', actions)}|{string.Join(',', sessions)}|{journal}|{outbox}";
    });
}

/// <summary>On SQLite.</summary>
public sealed class ImportOffreSqliteTests(SqliteApiHost host) : ImportOffreTests(host), IClassFixture<SqliteApiHost>;

/// <summary>On PostgreSQL.</summary>
public sealed class ImportOffrePostgresTests(PostgresApiHostFixture fixture) : ImportOffreTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
