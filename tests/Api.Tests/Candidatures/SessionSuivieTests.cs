using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Candidatures;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>
/// What a candidature copies of its session follows every change of the session (<c>session.modifiee</c>, CAND-06), the
/// AVIS-07 due times come from one source (the dispositif's parameters, read by the definition's effects), and weekly
/// hours may be decimal (AVIS-02). This class changes the PRF parameters: it has a host of its own.
/// </summary>
public abstract class SessionSuivieTests(ApiHost host)
{
    [Fact]
    public async Task Le_nouveau_positionneur_voit_les_candidatures_et_l_ancien_ne_les_voit_plus_CAND_06()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host);
        var nom = "Suivie-" + Guid.NewGuid().ToString("N")[..6];
        var id = await Parcours.CandidatureAsync(await host.ConnecterAsync(Comptes.Prescripteur3), session.Id, nom);
        var pau = await host.ConnecterAsync(Comptes.ReferentPau);
        Assert.Equal(HttpStatusCode.OK, (await pau.GetAsync($"/api/candidatures/{id}")).StatusCode);
        var limousin = await host.ConnecterAsync("referent.limousin@demo.rafael.fr");
        Assert.Equal(HttpStatusCode.NotFound, (await limousin.GetAsync($"/api/candidatures/{id}")).StatusCode);

        // The funder makes the Limousin workshop the session's Positionneur.
        await ModifierSessionAsync(session, session.DateFin, positionneur: session.FormateurId);

        Assert.Equal(HttpStatusCode.OK, (await limousin.GetAsync($"/api/candidatures/{id}")).StatusCode);
        Assert.Equal(1, (await Parcours.OkAsync(await limousin.GetAsync($"/api/candidatures?texte={nom}&role=Positionneur"))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await pau.GetAsync($"/api/candidatures/{id}")).StatusCode);
        Assert.Equal(0, (await Parcours.OkAsync(await pau.GetAsync($"/api/candidatures?texte={nom}"))).GetProperty("total").GetInt32());

        // Delivered twice, the message changes nothing the second time.
        var avant = await host.EmpreinteAsync();
        var message = await host.DbAsync(db => db.Outbox.FirstAsync(m => m.Type == SessionModifieeHandler.SessionModifiee && m.Payload.Contains(session.Id.ToString())));
        await host.Services.GetRequiredService<SessionModifieeHandler>().HandleAsync(message, TestContext.Current.CancellationToken);
        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    [Fact]
    public async Task Les_delais_de_relance_et_d_avis_non_transmis_se_changent_en_un_seul_endroit_AVIS_07()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        await ParametresAsync(admin, 10, 30);
        try
        {
            var session = await Parcours.SessionAsync(host);
            var id = await Parcours.CandidatureAsync(await host.ConnecterAsync(Comptes.Prescripteur3), session.Id, "Delais");

            // Ends 30/06: reminder 10 days and Avis non transmis 30 days later, at midnight in Paris.
            Assert.Equal(new DateTimeOffset(2026, 7, 9, 22, 0, 0, TimeSpan.Zero), await EcheanceAsync(id, "relance-avis"));
            Assert.Equal(new DateTimeOffset(2026, 7, 29, 22, 0, 0, TimeSpan.Zero), await EcheanceAsync(id, "avis-non-transmis"));

            // The session now ends on 31/07: the due times follow with the same offsets.
            await ModifierSessionAsync(session, new DateOnly(2026, 7, 31), positionneur: session.PositionneurId);
            Assert.Equal(new DateTimeOffset(2026, 8, 9, 22, 0, 0, TimeSpan.Zero), await EcheanceAsync(id, "relance-avis"));
            Assert.Equal(new DateTimeOffset(2026, 8, 29, 22, 0, 0, TimeSpan.Zero), await EcheanceAsync(id, "avis-non-transmis"));
        }
        finally
        {
            await ParametresAsync(admin, 14, 21);
        }
    }

    [Fact]
    public async Task Une_intensite_hebdomadaire_decimale_est_acceptee_et_hors_bornes_refusee_AVIS_02()
    {
        Prerequis();
        var session = await Parcours.SessionAsync(host);
        var prescripteur = await host.ConnecterAsync(Comptes.Prescripteur3);
        var of = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var id = await Parcours.CandidatureAsync(prescripteur, session.Id, "MiTemps");
        await Parcours.PresentAsync(of, id);

        await Parcours.RefusAsync(await Parcours.RetenirAsync(of, id, 40.5m), HttpStatusCode.Conflict, "AVIS-02");
        Assert.Equal(Candidature.AvisADonner, await Parcours.StatutAsync(of, id));

        var retenue = await Parcours.OkAsync(await Parcours.RetenirAsync(of, id, 17.5m));
        Assert.Equal(Candidature.Retenue, retenue.GetProperty("statut").GetString());
        Assert.Equal(17.5m, retenue.GetProperty("heuresHebdomadaires").GetDecimal());
    }

    private async Task<DateTimeOffset> EcheanceAsync(Guid candidature, string nom) =>
        (await host.DbAsync(db => db.Set<Deadline>().SingleAsync(d => d.SubjectId == candidature.ToString() && d.Name == nom))).DueAt;

    private static async Task ParametresAsync(HttpClient admin, int relance, int avisNonTransmis)
    {
        var reponse = await admin.PutAsJsonAsync("/api/processus/parametres-effectifs/PRF", new
        {
            valeurs = new { joursRelanceApresFin = relance, joursAvisNonTransmisApresFin = avisNonTransmis },
            commentaire = "Délais de l'avis",
        });
        Assert.True(reponse.StatusCode == HttpStatusCode.OK, await reponse.Content.ReadAsStringAsync());
    }

    /// <summary>Changes the session through the catalogue's Api as its funder, then waits until the candidatures followed.</summary>
    private async Task ModifierSessionAsync(SessionCandidatable session, DateOnly fin, Guid? positionneur)
    {
        var mesureId = await host.DbAsync(db => db.Sessions.Where(s => s.Id == session.Id).Select(s => s.MesureId).SingleAsync());
        var financeur = await host.ConnecterAsync(Comptes.Financeur);
        var reponse = await financeur.PutAsJsonAsync($"/api/sessions/{session.Id}", new
        {
            voieAcces = "FormationContinue",
            formateurId = session.FormateurId,
            positionneurId = positionneur,
            dateDebut = session.DateDebut,
            dateFin = fin,
            typeEntree = "DatesFixes",
            lieu = new { ligne = "1 place de la Formation", codePostal = "33000", ville = "Bordeaux" },
            financement = new
            {
                mesureId,
                numeroMarche = session.NumeroMarche,
                effectifMinimal = 1,
                places = session.EffectifVise,
                capaciteAccueil = session.CapaciteAccueil,
                coefficient = session.Coefficient,
                dateLimiteInscription = session.DateLimiteInscription,
                dateLimiteEntreeTardive = session.DateLimiteEntreeTardive,
            },
        });
        Assert.True(reponse.IsSuccessStatusCode, $"{(int)reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}");

        // The message is written with the change; the background dispatcher (or this test) delivers it.
        var cle = session.Id.ToString();
        for (var i = 0; i < 100; i++)
        {
            var message = await host.DbAsync(db => db.Outbox.Where(m => m.Type == SessionModifieeHandler.SessionModifiee && m.Payload.Contains(cle)).OrderByDescending(m => m.OccurredAt).FirstAsync());
            if (message.ProcessedAt is not null)
            {
                return;
            }

            Assert.True(message.LastError is null, message.LastError);
            await host.Services.GetRequiredService<OutboxDispatcher>().RunOnceAsync(TestContext.Current.CancellationToken);
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail("Le message session.modifiee n'a pas été traité.");
    }

    protected virtual void Prerequis()
    {
    }
}

public sealed class SessionSuivieSqliteTests(SqliteApiHost host) : SessionSuivieTests(host), IClassFixture<SqliteApiHost>;

[Trait("Database", "PostgreSQL")]
public sealed class SessionSuiviePostgresTests(PostgresApiHostFixture fixture) : SessionSuivieTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
