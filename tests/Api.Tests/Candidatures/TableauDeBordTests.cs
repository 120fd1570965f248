using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Candidatures;
using Rafael.Engine.Catalogue;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Workflows.Runtime;

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
    public async Task Republier_l_action_remet_ses_candidatures_dans_les_comptes_et_supprimer_la_session_les_en_sort_DASH_01()
    {
        Prerequis();
        var garonne = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var session = await Parcours.SessionAsync(host);
        var actionId = await ActionDeAsync(session.Id);
        var avant = await EnAttenteAsync(garonne, "Responsable");
        await Parcours.CandidatureAsync(await host.ConnecterAsync(Comptes.Prescripteur3), session.Id, "Republiee-" + Guid.NewGuid().ToString("N")[..6]);
        var admin = await host.ConnecterAsync(Comptes.Admin);

        await OkAsync(admin.PostAsJsonAsync($"/api/actions/{actionId}/archiver", new { }));
        Assert.Equal(avant, await EnAttenteAsync(garonne, "Responsable"));
        await OkAsync(admin.PostAsJsonAsync($"/api/actions/{actionId}/republier", new { }));
        Assert.Equal(avant + 1, await EnAttenteAsync(garonne, "Responsable"));

        // A deleted session no longer counts, though its action stays published.
        await OkAsync(admin.PostAsJsonAsync($"/api/sessions/{session.Id}/supprimer", new { motif = (string?)null }));
        Assert.Equal(avant, await EnAttenteAsync(garonne, "Responsable"));
        Assert.Equal("publiee", await host.DbAsync(db => db.Actions.Where(a => a.Id == actionId).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Une_action_qui_repart_en_validation_sort_des_comptes_jusqu_a_sa_publication_DASH_01()
    {
        Prerequis();
        var pau = await host.ConnecterAsync(Comptes.ReferentPau);
        var session = await Parcours.SessionAsync(host);
        var actionId = await ActionDeAsync(session.Id);
        var avant = await EnAttenteAsync(pau, "Positionneur");
        await Parcours.CandidatureAsync(await host.ConnecterAsync(Comptes.Prescripteur3), session.Id, "Validation-" + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal(avant + 1, await EnAttenteAsync(pau, "Positionneur"));

        // A change of certification sends the published action back to validation (CIR-01): no longer published.
        await DeclencherAsync(actionId, "modifierCertification", "of-catalogue");
        Assert.Equal(avant, await EnAttenteAsync(pau, "Positionneur"));

        var admin = await host.ConnecterAsync(Comptes.Admin);
        await OkAsync(admin.PostAsJsonAsync($"/api/actions/{actionId}/valider", new { confirmation = true }));
        Assert.Equal(avant, await EnAttenteAsync(pau, "Positionneur"));
        await OkAsync(admin.PostAsJsonAsync($"/api/actions/{actionId}/publier", new { }));
        Assert.Equal(avant + 1, await EnAttenteAsync(pau, "Positionneur"));
    }

    [Fact]
    public async Task Un_changement_refuse_laisse_les_comptes_tels_quels_DASH_01()
    {
        Prerequis();
        var garonne = await host.ConnecterAsync(Comptes.PreinscriptionGaronne);
        var session = await Parcours.SessionAsync(host);
        var actionId = await ActionDeAsync(session.Id);
        await Parcours.CandidatureAsync(await host.ConnecterAsync(Comptes.Prescripteur3), session.Id, "Refus-" + Guid.NewGuid().ToString("N")[..6]);
        var avant = await EnAttenteAsync(garonne, "Responsable");

        // The OF may not archive a funded action: refused, nothing moves.
        var refus = await garonne.PostAsJsonAsync($"/api/actions/{actionId}/archiver", new { });
        Assert.Equal(HttpStatusCode.Conflict, refus.StatusCode);
        Assert.Equal(avant, await EnAttenteAsync(garonne, "Responsable"));
        Assert.True(await host.DbAsync(db => db.Candidatures.Where(c => c.SessionId == session.Id).AllAsync(c => c.CompteeAuTableauDeBord)));
    }

    [Fact]
    public async Task Une_candidature_qui_a_lu_le_catalogue_avant_son_changement_est_comptee_selon_le_catalogue_enregistre_DASH_01()
    {
        Prerequis();
        var publiee = await Parcours.SessionAsync(host);
        var archivee = await Parcours.SessionAsync(host);
        var admin = await host.ConnecterAsync(Comptes.Admin);
        await OkAsync(admin.PostAsJsonAsync($"/api/actions/{await ActionDeAsync(archivee.Id)}/archiver", new { }));

        // As a pre-registration that read the session just before the action was archived (or published).
        var compteesApres = await EnregistrerAsync(publiee with { Publiee = false }, archivee with { Publiee = true });

        Assert.Equal([true, false], compteesApres);
    }

    [Fact]
    public async Task Le_tableau_de_bord_est_refuse_sans_connexion_DASH_01()
    {
        Prerequis();
        var reponse = await host.Anonyme().GetAsync("/api/tableau-de-bord/candidatures");
        Assert.Equal(HttpStatusCode.Unauthorized, reponse.StatusCode);
    }

    private Task<Guid> ActionDeAsync(Guid sessionId) =>
        host.DbAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => s.ActionId).SingleAsync());

    private static async Task OkAsync(Task<HttpResponseMessage> appel)
    {
        using var reponse = await appel;
        Assert.True(reponse.StatusCode == HttpStatusCode.OK, $"{(int)reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}");
    }

    private async Task<bool[]> EnregistrerAsync(params SessionCandidatable[] lues)
    {
        var ids = new List<Guid>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
            var prescripteur = await host.CompteAsync(Comptes.Prescripteur3);
            foreach (var lue in lues)
            {
                var candidat = new Candidat("Lue-" + Guid.NewGuid().ToString("N")[..6], "Camille", new DateOnly(1990, 1, 1), null, null, null, null);
                var candidature = Candidature.Preinscrire(lue, candidat, await host.StructureAsync("France Travail Bordeaux Bastide"), prescripteur, host.Time.GetUtcNow());
                Assert.Equal(lue.Publiee, candidature.CompteeAuTableauDeBord);
                db.Candidatures.Add(candidature);
                ids.Add(candidature.Id);
            }

            await db.SaveChangesAsync();
        }

        var comptees = new List<bool>();
        foreach (var id in ids)
        {
            comptees.Add(await host.DbAsync(db => db.Candidatures.Where(c => c.Id == id).Select(c => c.CompteeAuTableauDeBord).SingleAsync()));
        }

        return [.. comptees];
    }

    private async Task DeclencherAsync(Guid actionId, string declencheur, string role)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<CatalogueService>();
        var action = await catalogue.TrouverAsync(actionId);
        var contexte = new WorkflowContext { Roles = [role], RuleInputs = await catalogue.EntreesPublicationAsync(action) };
        await scope.ServiceProvider.GetRequiredService<ProcessusService>().DeclencherAsync(action, CatalogueService.TypeSujet, actionId.ToString(), declencheur, new Dictionary<string, object?>(), contexte);
        await scope.ServiceProvider.GetRequiredService<RafaelDbContext>().SaveChangesAsync();
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
