using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Candidatures;
using Rafael.Workflows.Versions;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>
/// CAND-02/03/04 and HAB-03 hold on every pre-registration and validation whatever analysts do to the definition:
/// evaluated by the guard of "valider" when it has one, by the command otherwise, and once in both cases.
/// </summary>
public abstract class GardePreinscriptionTests(ApiHost host)
{
    private const string RegleSet = "candidature.preinscription";

    [Fact]
    public async Task Sans_la_garde_sur_valider_le_quota_refuse_encore_la_preinscription_et_la_validation_CAND_03()
    {
        Prerequis();
        var version = await PublierAsync(avecGarde: false);
        var niveau1 = await host.ConnecterAsync(Comptes.Prescripteur1);
        var niveau3 = await host.ConnecterAsync(Comptes.Prescripteur3);

        // A Niveau 3 validates at once: the rules are evaluated by the command, once.
        var session = await Parcours.SessionAsync(host, s => s with { EffectifVise = 1, Coefficient = 1 });
        var brouillon = await Parcours.CandidatureAsync(niveau1, session.Id, "Vidal");
        Assert.Equal(version, await VersionAsync(brouillon));
        var avant = Evaluations();
        await Parcours.CandidatureAsync(niveau3, session.Id, "Leroy");
        Assert.Equal(avant + 1, Evaluations());

        avant = Evaluations();
        var empreinte = await host.EmpreinteAsync();
        await Parcours.RefusAsync(await Parcours.PreinscrireAsync(niveau3, session.Id, "Moreau"), HttpStatusCode.Conflict, "CAND-03");
        Assert.Equal(avant + 1, Evaluations());

        // The Niveau 1's draft, pinned to the guardless version, is not validated over the quota either.
        avant = Evaluations();
        await Parcours.RefusAsync(await niveau3.PostAsync($"/api/preinscriptions/{brouillon}/validation", null), HttpStatusCode.Conflict, "CAND-03");
        Assert.Equal(avant + 1, Evaluations());
        Assert.Equal(empreinte, await host.EmpreinteAsync());
        Assert.Equal(Candidature.BrouillonPrescripteur, await Parcours.StatutAsync(niveau1, brouillon));
    }

    [Fact]
    public async Task Avec_la_garde_sur_valider_les_regles_sont_evaluees_une_seule_fois()
    {
        Prerequis();
        var version = await PublierAsync(avecGarde: true);
        var niveau1 = await host.ConnecterAsync(Comptes.Prescripteur1);
        var niveau3 = await host.ConnecterAsync(Comptes.Prescripteur3);
        var session = await Parcours.SessionAsync(host, s => s with { EffectifVise = 1, Coefficient = 2 });

        var avant = Evaluations();
        var brouillon = await Parcours.CandidatureAsync(niveau1, session.Id, "Girard");
        Assert.Equal(avant + 1, Evaluations());
        Assert.Equal(version, await VersionAsync(brouillon));

        avant = Evaluations();
        await Parcours.CandidatureAsync(niveau3, session.Id, "Andre");
        Assert.Equal(avant + 1, Evaluations());

        avant = Evaluations();
        await Parcours.OkAsync(await niveau3.PostAsync($"/api/preinscriptions/{brouillon}/validation", null));
        Assert.Equal(avant + 1, Evaluations());

        avant = Evaluations();
        await Parcours.RefusAsync(await Parcours.PreinscrireAsync(niveau3, session.Id, "Mercier"), HttpStatusCode.Conflict, "CAND-03");
        Assert.Equal(avant + 1, Evaluations());
    }

    protected virtual void Prerequis()
    {
    }

    private int Evaluations() => host.Services.GetRequiredService<EvaluationsComptees>().De(RegleSet);

    private Task<int> VersionAsync(Guid candidature) =>
        host.DbAsync(db => db.Candidatures.Where(c => c.Id == candidature).Select(c => c.DefinitionVersion).SingleAsync());

    /// <summary>Publishes, as an analyst would in the Studio, the shipped definition with or without the guard of "valider".</summary>
    private async Task<int> PublierAsync(bool avecGarde)
    {
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var texte = EmbeddedDefinitionSource.ReadShippedTexts().Values.Single(t => t.Contains("\"name\": \"candidature\"", StringComparison.Ordinal));
        var definition = JsonNode.Parse(texte)!.AsObject();
        definition["label"] = avecGarde ? "Candidature (avec garde)" : "Candidature (sans garde)";
        var valider = definition["transitions"]!.AsArray().Single(t => (string?)t!["trigger"] == "valider")!.AsObject();
        Assert.Equal(RegleSet, (string?)valider["guards"]![0]);
        if (!avecGarde)
        {
            valider.Remove("guards");
        }

        var enregistre = await admin.PutAsJsonAsync("/api/processus/definitions/candidature/brouillon", new { contenu = definition.ToJsonString() });
        Assert.True(enregistre.IsSuccessStatusCode, await enregistre.Content.ReadAsStringAsync());
        var publiee = await admin.PostAsJsonAsync("/api/processus/definitions/candidature/publier", new { commentaire = avecGarde ? "Garde rétablie" : "Garde retirée" });
        Assert.True(publiee.StatusCode == HttpStatusCode.OK, await publiee.Content.ReadAsStringAsync());
        return (await publiee.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("numero").GetInt32();
    }
}

public sealed class GardePreinscriptionSqliteTests(EvaluationsSqliteHost host) : GardePreinscriptionTests(host), IClassFixture<EvaluationsSqliteHost>;

[Trait("Database", "PostgreSQL")]
public sealed class GardePreinscriptionPostgresTests(EvaluationsPostgresFixture fixture) : GardePreinscriptionTests(fixture.Host), IClassFixture<EvaluationsPostgresFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
