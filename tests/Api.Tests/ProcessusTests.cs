using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Versions;

namespace Rafael.Api.Tests;

/// <summary>Definitions, rule sets and parameters are data that administrators publish through the Api, with no restart.</summary>
public abstract class ProcessusTests(ApiHost host)
{
    [Fact]
    public async Task Changer_un_parametre_du_dispositif_change_la_decision_suivante_sans_redemarrage()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var evaluateur = host.Services.GetRequiredService<IRuleEvaluator>();
        var fournisseur = host.Services.GetRequiredService<IParametresProvider>();

        async Task<RuleVerdict> CoefficientAsync(decimal coefficient) => await evaluateur.EvaluateAsync("session.saisie", new RuleInputs
        {
            ["session"] = new { Dispositif = "POEC", DateLimiteInscription = new DateOnly(2026, 5, 1) },
            ["saisie"] = new { Coefficient = coefficient, DateLimiteInscription = new DateOnly(2026, 5, 1), DateLimiteEntreeTardive = new DateOnly(2026, 5, 15) },
            ["parametres"] = await fournisseur.GetAsync("POEC"),
        });

        Assert.True((await CoefficientAsync(2)).IsAllowed);

        var reponse = await admin.PutAsJsonAsync("/api/processus/parametres-effectifs/POEC", new
        {
            valeurs = new { coefficientMin = 3, coefficientMax = 5, quotaSurCapaciteAccueil = true },
            commentaire = "Le financeur relève le coefficient minimal.",
        });
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal(3, (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("coefficientMin").GetDecimal());

        var verdict = await CoefficientAsync(2);
        Assert.Equal("CAT-13", Assert.Single(verdict.Failures).RuleId);
        Assert.True((await CoefficientAsync(3)).IsAllowed);
    }

    [Fact]
    public async Task Des_parametres_incoherents_sont_refuses_et_rien_ne_change()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var avant = await host.DbAsync(db => db.Set<DocumentVersion>().CountAsync());

        var reponse = await admin.PutAsJsonAsync("/api/processus/parametres-effectifs/PRF", new
        {
            valeurs = new { coefficientMin = 4, coefficientMax = 2 },
            commentaire = "Erreur de saisie",
        });

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        Assert.Contains("coefficientMin", await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(avant, await host.DbAsync(db => db.Set<DocumentVersion>().CountAsync()));
    }

    [Fact]
    public async Task Un_brouillon_de_regles_dont_une_expression_est_fausse_est_refuse_avec_la_regle()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var contenu = EmbeddedRuleSetSource.GetContent("session.suppression").Replace("session.dateFin.AddDays(", "session.dateDeFin.AddDays(", StringComparison.Ordinal);

        var reponse = await admin.PutAsJsonAsync("/api/processus/regles/session.suppression/brouillon", new { contenu });

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        Assert.Contains("CAT-10", await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publier_une_definition_cree_une_version_et_la_precedente_ne_change_plus()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var texte = EmbeddedDefinitionSource.ReadShippedTexts().Values.Single(t => t.Contains("\"demande-compte\"", StringComparison.Ordinal));
        var modifie = texte.Replace("\"Acceptée\"", "\"Demande acceptée\"", StringComparison.Ordinal);
        Assert.NotEqual(texte, modifie);
        var avant = (await host.Services.GetRequiredService<IDefinitionSource>().GetPublishedAsync("demande-compte"))!.Number;

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/processus/definitions/demande-compte/brouillon", new { contenu = modifie })).StatusCode);
        var sansCommentaire = await admin.PostAsJsonAsync("/api/processus/definitions/demande-compte/publier", new { commentaire = "" });
        Assert.Equal(HttpStatusCode.BadRequest, sansCommentaire.StatusCode);
        var publiee = await admin.PostAsJsonAsync("/api/processus/definitions/demande-compte/publier", new { commentaire = "Libellé plus clair" });
        Assert.Equal(HttpStatusCode.OK, publiee.StatusCode);

        var definitions = host.Services.GetRequiredService<IDefinitionSource>();
        var enVigueur = (await definitions.GetPublishedAsync("demande-compte"))!;
        Assert.Equal(avant + 1, enVigueur.Number);
        Assert.Equal("Demande acceptée", enVigueur.Definition.States.Single(s => s.Id == "acceptee").Label);
        Assert.Equal("Acceptée", (await definitions.GetAsync("demande-compte", 1))!.Definition.States.Single(s => s.Id == "acceptee").Label);

        var historique = await admin.GetFromJsonAsync<JsonElement>("/api/processus/definitions/demande-compte/versions");
        Assert.Equal(avant + 1, historique.GetArrayLength());
        Assert.Equal("Libellé plus clair", historique[0].GetProperty("commentaire").GetString());
        var journal = await host.DbAsync(db => db.Journal.Where(j => j.Action == "processus.publier").CountAsync());
        Assert.True(journal >= 1);
        var diagramme = await admin.GetStringAsync("/api/processus/definitions/demande-compte/diagramme");
        Assert.Contains("Demande acceptée", diagramme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Une_migration_simule_puis_deplace_les_demandes_vers_la_nouvelle_version()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var texte = EmbeddedDefinitionSource.ReadShippedTexts().Values.Single(t => t.Contains("\"demande-compte\"", StringComparison.Ordinal));
        var brouillon = await admin.PutAsJsonAsync("/api/processus/definitions/demande-compte/brouillon", new { contenu = texte.Replace("\"Refusée\"", "\"Demande refusée\"", StringComparison.Ordinal) });
        Assert.Equal(HttpStatusCode.OK, brouillon.StatusCode);
        var publiee = await (await admin.PostAsJsonAsync("/api/processus/definitions/demande-compte/publier", new { commentaire = "Libellé du refus" })).Content.ReadFromJsonAsync<JsonElement>();
        var version = publiee.GetProperty("numero").GetInt32();
        var avant = await host.DbAsync(db => db.Demandes.CountAsync(d => d.DefinitionVersion < version));
        Assert.True(avant > 0);

        var simulation = await (await admin.PostAsync($"/api/processus/definitions/demande-compte/migrations?version={version}", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(simulation.GetProperty("simulation").GetBoolean());
        Assert.Equal(avant, simulation.GetProperty("lignes").GetArrayLength());
        Assert.Equal(avant, await host.DbAsync(db => db.Demandes.CountAsync(d => d.DefinitionVersion < version)));

        var reelle = await (await admin.PostAsync($"/api/processus/definitions/demande-compte/migrations?version={version}&simulation=false", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(avant, reelle.GetProperty("deplaces").GetInt32());
        Assert.Equal(0, await host.DbAsync(db => db.Demandes.CountAsync(d => d.DefinitionVersion < version)));
        Assert.True(await host.DbAsync(db => db.Journal.AnyAsync(j => j.Action == "processus.migrer" && j.Changes.Contains("DefinitionVersion"))));
    }

    [Fact]
    public async Task Seuls_les_administrateurs_touchent_aux_processus()
    {
        Prerequis();
        var referent = await host.ConnecterAsync(Comptes.ReferentGaronne);
        var avant = await host.EmpreinteAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await referent.GetAsync("/api/processus/regles")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.PutAsJsonAsync("/api/processus/parametres-effectifs/PRF", new { valeurs = new { }, commentaire = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.PostAsJsonAsync("/api/processus/regles/session.suppression/publier", new { commentaire = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.GetAsync("/api/messages-sortants/parques")).StatusCode);
        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    protected virtual void Prerequis()
    {
    }
}

/// <summary>On SQLite.</summary>
public sealed class ProcessusSqliteTests(SqliteApiHost host) : ProcessusTests(host), IClassFixture<SqliteApiHost>;

/// <summary>On PostgreSQL.</summary>
public sealed class ProcessusPostgresTests(PostgresApiHostFixture fixture) : ProcessusTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
