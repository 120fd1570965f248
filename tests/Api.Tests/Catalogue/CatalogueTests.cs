using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Catalogue;

namespace Rafael.Api.Tests.Catalogue;

/// <summary>Actions and sessions through the Api: references, roles, funded offer, and the messages Candidatures reads.</summary>
public abstract class CatalogueTests(ApiHost host)
{
    private static readonly DateOnly Debut = new(2026, 5, 4);
    private static readonly DateOnly Fin = new(2026, 9, 30);

    [Fact]
    public async Task CAT_02_une_action_et_sa_session_recoivent_leurs_references_et_se_relisent()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);

        var action = await LireAsync(await of.PostAsJsonAsync("/api/actions", Formulaires.Action(), Ct), HttpStatusCode.Created);
        var actionId = action.GetProperty("id").GetGuid();
        Assert.Matches("^20[0-9]{10}$", action.GetProperty("reference").GetString());
        Assert.Equal("brouillon", action.GetProperty("statut").GetString());
        Assert.False(action.GetProperty("conventionnee").GetBoolean());

        var session = await LireAsync(await of.PostAsJsonAsync($"/api/actions/{actionId}/sessions", Formulaires.Session(Debut, Fin), Ct), HttpStatusCode.Created);
        Assert.Matches("^00[0-9]{6}$", session.GetProperty("reference").GetString());
        Assert.Equal("ouverte", session.GetProperty("statut").GetString());
        Assert.Equal(await host.StructureAsync(Comptes.Garonne), session.GetProperty("formateurId").GetGuid());

        var relue = await LireAsync(await of.GetAsync($"/api/actions/{actionId}", Ct), HttpStatusCode.OK);
        Assert.Equal("Comptable assistant", relue.GetProperty("intitule").GetString());
        Assert.Equal("RNCP36701", relue.GetProperty("certifications")[0].GetProperty("code").GetString());
        Assert.Equal(session.GetProperty("id").GetGuid(), Assert.Single(relue.GetProperty("sessions").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task CAT_02_des_creations_simultanees_ne_partagent_jamais_une_reference()
    {
        Prerequis();
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.ConnecterAsync(Comptes.CatalogueGaronne)));

        var reponses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            clients[i % clients.Length].PostAsJsonAsync("/api/actions", Formulaires.Action($"Action simultanée numéro {i}"), Ct)));

        var references = new List<string>();
        foreach (var reponse in reponses)
        {
            references.Add((await LireAsync(reponse, HttpStatusCode.Created)).GetProperty("reference").GetString()!);
        }

        Assert.Equal(references.Count, references.Distinct().Count());
        Assert.All(references, r => Assert.Matches("^20[0-9]{10}$", r));
    }

    [Fact]
    public async Task CAT_04_un_of_ne_cree_pas_d_offre_conventionnee()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.ReferentGaronne);
        var garonne = await host.StructureAsync(Comptes.Garonne);
        var avant = await host.EmpreinteAsync();

        var reponse = await of.PostAsJsonAsync("/api/actions/conventionnees", new { responsableId = garonne, action = Formulaires.Action() }, Ct);

        await RefusAsync(reponse, HttpStatusCode.Forbidden, "CAT-04");
        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    [Fact]
    public async Task CAT_04_un_of_n_ajoute_pas_de_session_financee_a_son_action()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var action = await LireAsync(await of.PostAsJsonAsync("/api/actions", Formulaires.Action(), Ct), HttpStatusCode.Created);
        var mesure = await MesureAsync("PRF-QUALIF");
        var avant = await host.EmpreinteAsync();

        var reponse = await of.PostAsJsonAsync($"/api/actions/{action.GetProperty("id").GetGuid()}/sessions", Formulaires.Session(Debut, Fin, Formulaires.Financement(mesure, Debut.AddDays(-5), Debut.AddDays(10))), Ct);

        await RefusAsync(reponse, HttpStatusCode.Conflict, "CAT-04");
        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    [Fact]
    public async Task CAT_03_un_autre_of_n_ajoute_pas_de_session_a_l_action()
    {
        Prerequis();
        var garonne = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var pau = await host.ConnecterAsync(Comptes.ReferentPau);
        var action = await LireAsync(await garonne.PostAsJsonAsync("/api/actions", Formulaires.Action(), Ct), HttpStatusCode.Created);
        var avant = await host.EmpreinteAsync();

        var reponse = await pau.PostAsJsonAsync($"/api/actions/{action.GetProperty("id").GetGuid()}/sessions", Formulaires.Session(Debut, Fin), Ct);

        await RefusAsync(reponse, HttpStatusCode.Forbidden, "CAT-03");
        Assert.Equal(avant, await host.EmpreinteAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await pau.GetAsync($"/api/actions/{action.GetProperty("id").GetGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task AVIS_08_le_financeur_annule_sa_session_conventionnee_et_le_message_session_annulee_part()
    {
        Prerequis();
        var (financeur, sessionId) = await SessionConventionneeAsync();
        var of = await host.ConnecterAsync(Comptes.ReferentGaronne);

        var refus = await of.PostAsync($"/api/sessions/{sessionId}/annuler", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refus.StatusCode);

        var annulee = await LireAsync(await financeur.PostAsync($"/api/sessions/{sessionId}/annuler", null, Ct), HttpStatusCode.OK);
        Assert.Equal("annulee", annulee.GetProperty("statut").GetString());
        var messages = await host.DbAsync(db => db.Outbox.Where(m => m.Type == "session.annulee").Select(m => m.Payload).ToListAsync());
        Assert.Contains(messages, p => p.Contains(sessionId.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AVIS_07_changer_les_dates_d_une_session_emet_session_dates_modifiees_dans_la_meme_transaction()
    {
        Prerequis();
        var (financeur, sessionId) = await SessionConventionneeAsync();
        var mesure = await MesureAsync("PRF-QUALIF");

        var inchangee = await financeur.PutAsJsonAsync($"/api/sessions/{sessionId}", Formulaires.Session(Debut, Fin, Formulaires.Financement(mesure, Debut.AddDays(-5), Debut.AddDays(10), 3)), Ct);
        Assert.Equal(HttpStatusCode.OK, inchangee.StatusCode);
        Assert.Equal(0, await MessagesDatesAsync(sessionId));

        var decalee = await financeur.PutAsJsonAsync($"/api/sessions/{sessionId}", Formulaires.Session(Debut.AddDays(7), Fin.AddDays(7), Formulaires.Financement(mesure, Debut.AddDays(2), Debut.AddDays(17), 3)), Ct);
        var session = await LireAsync(decalee, HttpStatusCode.OK);
        Assert.Equal(Debut.AddDays(7), DateOnly.Parse(session.GetProperty("dateDebut").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, await MessagesDatesAsync(sessionId));
        var payload = await host.DbAsync(db => db.Outbox.Where(m => m.Type == SessionsService.MessageDatesModifiees).Select(m => m.Payload).ToListAsync());
        var message = JsonDocument.Parse(payload.Single(p => p.Contains(sessionId.ToString(), StringComparison.Ordinal))).RootElement;
        Assert.Equal("session", message.GetProperty("sujet").GetString());
        Assert.Equal(sessionId.ToString(), message.GetProperty("id").GetString());
    }

    [Fact]
    public async Task CAT_13_un_coefficient_hors_des_bornes_du_dispositif_est_refuse()
    {
        Prerequis();
        var (financeur, sessionId) = await SessionConventionneeAsync();
        var mesure = await MesureAsync("PRF-QUALIF");
        var avant = await host.EmpreinteAsync();

        var reponse = await financeur.PutAsJsonAsync($"/api/sessions/{sessionId}", Formulaires.Session(Debut.AddDays(7), Fin, Formulaires.Financement(mesure, Debut, Debut.AddDays(10), 9)), Ct);

        await RefusAsync(reponse, HttpStatusCode.Conflict, "CAT-13");
        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    [Fact]
    public async Task CIR_02_toutes_les_erreurs_du_formulaire_reviennent_ensemble_par_champ()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var avant = await host.EmpreinteAsync();

        var reponse = await of.PostAsJsonAsync("/api/actions", new { intitule = "COMPTABLE ASSISTANT", objectifs = "", certifications = Enumerable.Range(1, 6).Select(i => new { code = $"RNCP{i}", libelle = "X" }) }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        var erreurs = (await reponse.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Contains("majuscules", erreurs.GetProperty("intitule")[0].GetString(), StringComparison.Ordinal);
        foreach (var champ in new[] { "objectifGeneral", "objectifs", "programme", "validation", "conditionsAcces", "prerequis", "certifications", "durees" })
        {
            Assert.True(erreurs.TryGetProperty(champ, out _), $"{champ} manque dans {erreurs}");
        }

        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    [Fact]
    public async Task La_demo_publie_une_offre_ouverte_aux_candidatures_sur_PRF_HSP_et_POEC()
    {
        Prerequis();
        var aujourdhui = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime);
        var publiees = await host.DbAsync(db => db.Actions.CountAsync(a => a.Status == ActionFormation.Publiee));
        Assert.True(publiees >= 12, $"{publiees} actions publiées");
        var financees = await host.DbAsync(db => db.Sessions.Where(s => s.Conventionnee && s.Status == Session.Ouverte).Select(s => new { s.CodeDispositif, s.DateLimiteInscription }).ToListAsync());
        Assert.Equal(["HSP", "POEC", "PRF"], financees.Select(s => s.CodeDispositif!).Distinct().Order());
        Assert.All(financees, s => Assert.True(s.DateLimiteInscription > aujourdhui));
    }

    /// <summary>Lets the PostgreSQL subclass skip or fail before touching the host.</summary>
    protected virtual void Prerequis()
    {
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Financeur, Guid SessionId)> SessionConventionneeAsync()
    {
        var financeur = await host.ConnecterAsync(Comptes.Financeur);
        var garonne = await host.StructureAsync(Comptes.Garonne);
        var action = await LireAsync(await financeur.PostAsJsonAsync("/api/actions/conventionnees", new { responsableId = garonne, action = Formulaires.Action() }, Ct), HttpStatusCode.Created);
        Assert.True(action.GetProperty("conventionnee").GetBoolean());
        Assert.Equal("en-attente-validation", action.GetProperty("statut").GetString());
        var mesure = await MesureAsync("PRF-QUALIF");
        var session = await LireAsync(
            await financeur.PostAsJsonAsync($"/api/actions/{action.GetProperty("id").GetGuid()}/sessions", Formulaires.Session(Debut, Fin, Formulaires.Financement(mesure, Debut.AddDays(-5), Debut.AddDays(10))), Ct),
            HttpStatusCode.Created);
        Assert.Equal("PRF", session.GetProperty("codeDispositif").GetString());
        Assert.Equal(12, session.GetProperty("places").GetInt32());
        return (financeur, session.GetProperty("id").GetGuid());
    }

    private Task<Guid> MesureAsync(string code) => host.DbAsync(db => db.Mesures.Where(m => m.Code == code).Select(m => m.Id).SingleAsync());

    private Task<int> MessagesDatesAsync(Guid sessionId) =>
        host.DbAsync(db => db.Outbox.CountAsync(m => m.Type == SessionsService.MessageDatesModifiees && m.Payload.Contains(sessionId.ToString())));

    private static async Task<JsonElement> LireAsync(HttpResponseMessage reponse, HttpStatusCode attendu)
    {
        var corps = await reponse.Content.ReadAsStringAsync(Ct);
        Assert.True(attendu == reponse.StatusCode, $"attendu {(int)attendu}, reçu {(int)reponse.StatusCode} {corps}");
        return JsonDocument.Parse(corps).RootElement;
    }

    private static async Task RefusAsync(HttpResponseMessage reponse, HttpStatusCode attendu, string regle)
    {
        var corps = await reponse.Content.ReadAsStringAsync(Ct);
        Assert.True(attendu == reponse.StatusCode, $"attendu {(int)attendu}, reçu {(int)reponse.StatusCode} {corps}");
        Assert.Equal("application/problem+json", reponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains(regle, corps, StringComparison.Ordinal);
    }
}

/// <summary>On SQLite.</summary>
public sealed class CatalogueSqliteTests(SqliteApiHost host) : CatalogueTests(host), IClassFixture<SqliteApiHost>;

/// <summary>On PostgreSQL.</summary>
public sealed class CataloguePostgresTests(PostgresApiHostFixture fixture) : CatalogueTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
