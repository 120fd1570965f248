using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Catalogue;
using Rafael.Workflows.Versions;

namespace Rafael.Api.Tests.Catalogue;

/// <summary>Actions move to a newly published version of their definition like every aggregate run by a definition:
/// a dry run lists them and changes nothing, the real run moves them all and they go on working.</summary>
public abstract class MigrationActionsTests(ApiHost host)
{
    [Fact]
    public async Task Les_actions_non_conventionnees_suivent_la_nouvelle_version_et_la_simulation_ne_change_rien()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var brouillon = (await Api.LireAsync(await of.PostAsJsonAsync("/api/actions", Formulaires.Action("Soudure semi-automatique"), Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{brouillon}/sessions", Formulaires.Session(new DateOnly(2026, 5, 4), new DateOnly(2026, 9, 30)), Ct), HttpStatusCode.Created);
        var version = await PublierAsync(admin, ActionFormation.DefinitionNonConventionnee, "\"Brouillon\"", "\"Brouillon de l'organisme\"");
        var aDeplacer = await CompterAsync(ActionFormation.DefinitionNonConventionnee, version);
        var conventionnees = await VersionsAsync(ActionFormation.DefinitionConventionnee);
        Assert.True(aDeplacer > 1);
        var avant = await host.EmpreinteAsync();

        var simulation = await Api.LireAsync(await admin.PostAsync($"/api/processus/definitions/{ActionFormation.DefinitionNonConventionnee}/migrations?version={version}", null, Ct), HttpStatusCode.OK);
        Assert.True(simulation.GetProperty("simulation").GetBoolean());
        Assert.Equal(aDeplacer, simulation.GetProperty("lignes").GetArrayLength());
        Assert.Contains(simulation.GetProperty("lignes").EnumerateArray(), l => l.GetProperty("id").GetString() == brouillon.ToString() && l.GetProperty("etat").GetString() == "brouillon");
        Assert.Equal(avant, await host.EmpreinteAsync());
        Assert.Equal(aDeplacer, await CompterAsync(ActionFormation.DefinitionNonConventionnee, version));

        var reelle = await Api.LireAsync(await admin.PostAsync($"/api/processus/definitions/{ActionFormation.DefinitionNonConventionnee}/migrations?version={version}&simulation=false", null, Ct), HttpStatusCode.OK);
        Assert.Equal(aDeplacer, reelle.GetProperty("deplaces").GetInt32());
        Assert.Equal(0, await CompterAsync(ActionFormation.DefinitionNonConventionnee, version));
        Assert.Equal(conventionnees, await VersionsAsync(ActionFormation.DefinitionConventionnee));
        Assert.True(await host.DbAsync(db => db.Journal.AnyAsync(j => j.Action == "processus.migrer" && j.EntityId == brouillon.ToString(), Ct)));

        // The moved draft goes on along the new version: the OF submits it and it waits for the administrators' check.
        var validee = await Api.LireAsync(await of.PostAsJsonAsync($"/api/actions/{brouillon}/valider", new { confirmation = true }, Ct), HttpStatusCode.OK);
        Assert.Equal(ActionFormation.Creee, validee.GetProperty("statut").GetString());
        Assert.Equal(version, await host.DbAsync(db => db.Actions.Where(a => a.Id == brouillon).Select(a => a.DefinitionVersion).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Les_actions_conventionnees_suivent_leur_propre_definition()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var version = await PublierAsync(admin, ActionFormation.DefinitionConventionnee, "\"En attente de publication\"", "\"À publier\"");
        var aDeplacer = await CompterAsync(ActionFormation.DefinitionConventionnee, version);
        var nonConventionnees = await VersionsAsync(ActionFormation.DefinitionNonConventionnee);
        Assert.True(aDeplacer > 0);

        var simulation = await Api.LireAsync(await admin.PostAsync($"/api/processus/definitions/{ActionFormation.DefinitionConventionnee}/migrations?version={version}", null, Ct), HttpStatusCode.OK);
        Assert.Equal(aDeplacer, simulation.GetProperty("lignes").GetArrayLength());
        Assert.Equal(aDeplacer, await CompterAsync(ActionFormation.DefinitionConventionnee, version));

        var reelle = await Api.LireAsync(await admin.PostAsync($"/api/processus/definitions/{ActionFormation.DefinitionConventionnee}/migrations?version={version}&simulation=false", null, Ct), HttpStatusCode.OK);
        Assert.Equal(aDeplacer, reelle.GetProperty("deplaces").GetInt32());
        Assert.Equal(0, await CompterAsync(ActionFormation.DefinitionConventionnee, version));
        Assert.Equal(nonConventionnees, await VersionsAsync(ActionFormation.DefinitionNonConventionnee));
    }

    [Fact]
    public async Task Un_organisme_ne_migre_pas_les_actions()
    {
        Prerequis();
        var of = await host.ConnecterAsync(Comptes.CatalogueGaronne);
        var avant = await host.EmpreinteAsync();

        var reponse = await of.PostAsync($"/api/processus/definitions/{ActionFormation.DefinitionNonConventionnee}/migrations?version=1&simulation=false", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, reponse.StatusCode);
        Assert.Equal(avant, await host.EmpreinteAsync());
    }

    /// <summary>Lets the PostgreSQL subclass skip or fail before touching the host.</summary>
    protected virtual void Prerequis()
    {
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> PublierAsync(HttpClient admin, string definition, string libelle, string nouveau)
    {
        var texte = EmbeddedDefinitionSource.ReadShippedTexts().Values.Single(t => t.Contains($"\"name\": \"{definition}\"", StringComparison.Ordinal));
        var modifie = texte.Replace(libelle, nouveau, StringComparison.Ordinal);
        Assert.NotEqual(texte, modifie);
        await Api.LireAsync(await admin.PutAsJsonAsync($"/api/processus/definitions/{definition}/brouillon", new { contenu = modifie }, Ct), HttpStatusCode.OK);
        var publiee = await Api.LireAsync(await admin.PostAsJsonAsync($"/api/processus/definitions/{definition}/publier", new { commentaire = "Libellé plus clair" }, Ct), HttpStatusCode.OK);
        return publiee.GetProperty("numero").GetInt32();
    }

    private Task<int> CompterAsync(string definition, int version) =>
        host.DbAsync(db => db.Actions.CountAsync(a => a.DefinitionName == definition && a.DefinitionVersion < version, Ct));

    private Task<string> VersionsAsync(string definition) =>
        host.DbAsync(async db => string.Join(',', await db.Actions.Where(a => a.DefinitionName == definition).OrderBy(a => a.Id).Select(a => a.DefinitionVersion).ToListAsync(Ct)));
}

/// <summary>On SQLite.</summary>
public sealed class MigrationActionsSqliteTests(SqliteApiHost host) : MigrationActionsTests(host), IClassFixture<SqliteApiHost>;

/// <summary>On PostgreSQL.</summary>
public sealed class MigrationActionsPostgresTests(PostgresApiHostFixture fixture) : MigrationActionsTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
