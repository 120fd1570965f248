using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Versions;

namespace Rafael.Api.Tests;

/// <summary>One cache of parsed published versions serves definitions, parameters and rule sets; it stays bounded.</summary>
public abstract class DocumentsPubliesTests(ApiHost host)
{
    [Fact]
    public async Task Une_version_publiee_est_lue_une_fois_et_la_meme_instance_sert_a_tous()
    {
        Prerequis();
        var documents = new DocumentsPublies(host.Services.GetRequiredService<IServiceScopeFactory>());
        var lectures = 0;
        string Lire(string contenu)
        {
            Interlocked.Increment(ref lectures);
            return contenu.Trim();
        }

        var premiere = await documents.LueAsync(TypeDocument.RegleSet, "candidature.preinscription", 1, Lire, TestContext.Current.CancellationToken);
        var seconde = await documents.LueAsync(TypeDocument.RegleSet, "candidature.preinscription", 1, Lire, TestContext.Current.CancellationToken);

        Assert.NotNull(premiere);
        Assert.Same(premiere, seconde);
        Assert.Equal(1, lectures);

        // The Engine's sources share the host's cache: the same version is the same instance for every reader.
        var definitions = host.Services.GetRequiredService<IDefinitionSource>();
        Assert.Same(await definitions.GetAsync("candidature", 1, TestContext.Current.CancellationToken), await definitions.GetAsync("candidature", 1, TestContext.Current.CancellationToken));
        var parametres = host.Services.GetRequiredService<IParametresSource>();
        Assert.Same(await parametres.GetDefaultsAsync(TestContext.Current.CancellationToken), await parametres.GetDefaultsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Un_brouillon_n_est_jamais_lu_ni_garde()
    {
        Prerequis();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var contenu = EmbeddedRuleSetSource.GetContent("session.suppression");
        var brouillon = await admin.PutAsJsonAsync("/api/processus/regles/session.suppression/brouillon", new { contenu });
        Assert.Equal(HttpStatusCode.OK, brouillon.StatusCode);
        var numero = (await brouillon.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("numero").GetInt32();
        var documents = new DocumentsPublies(host.Services.GetRequiredService<IServiceScopeFactory>());

        Assert.Null(await documents.LueAsync(TypeDocument.RegleSet, "session.suppression", numero, c => c, TestContext.Current.CancellationToken));
        Assert.Equal(0, documents.NombreLues);
    }

    [Fact]
    public async Task Le_cache_garde_au_plus_sa_capacite_et_d_abord_les_versions_servies_recemment()
    {
        Prerequis();
        var documents = new DocumentsPublies(host.Services.GetRequiredService<IServiceScopeFactory>()) { Capacite = 4 };
        var noms = (await documents.PubliesAsync(TypeDocument.RegleSet, TestContext.Current.CancellationToken)).Keys.Order(StringComparer.Ordinal).Take(8).ToList();
        Assert.Equal(8, noms.Count);
        var lectures = new Dictionary<string, int>(StringComparer.Ordinal);
        Task<string?> LireAsync(string nom) => documents.LueAsync(TypeDocument.RegleSet, nom, 1, c =>
        {
            lectures[nom] = lectures.GetValueOrDefault(nom) + 1;
            return c;
        }, TestContext.Current.CancellationToken);

        foreach (var nom in noms)
        {
            Assert.NotNull(await LireAsync(nom));

            // The first one is served at every step: the most recently used are kept.
            Assert.NotNull(await LireAsync(noms[0]));
            Assert.True(documents.NombreLues <= 4, $"{documents.NombreLues} versions gardées");
        }

        Assert.Equal(1, lectures[noms[0]]);
        Assert.NotNull(await LireAsync(noms[1]));
        Assert.Equal(2, lectures[noms[1]]);
    }

    [Fact]
    public async Task Dans_un_instantane_les_lectures_sont_coherentes_et_une_publication_du_meme_fil_se_voit()
    {
        Prerequis();
        var fournisseur = host.Services.GetRequiredService<IParametresProvider>();
        var admin = await host.ConnecterAsync(Comptes.Admin);
        var compteAdmin = await host.CompteAsync(Comptes.Admin);
        var acteur = new Acteur(compteAdmin, "Administrateur", EstAdministrateur: true, null, null, EstReferent: false, null);
        var ct = TestContext.Current.CancellationToken;

        using (DocumentsPublies.Instantane())
        {
            var avant = (await fournisseur.GetAsync("POEC", ct)).CoefficientMin;

            // Another request publishes: this one keeps deciding on the numbers it read.
            var ailleurs = await admin.PutAsJsonAsync("/api/processus/parametres-effectifs/POEC", new { valeurs = new { coefficientMin = avant + 1, coefficientMax = avant + 3 }, commentaire = "Ailleurs" }, ct);
            Assert.Equal(HttpStatusCode.OK, ailleurs.StatusCode);
            Assert.Equal(avant, (await fournisseur.GetAsync("POEC", ct)).CoefficientMin);

            // This one publishes: it reads what it has just published.
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var contenu = JsonSerializer.Serialize(new { coefficientMin = avant + 2, coefficientMax = avant + 3 });
                await scope.ServiceProvider.GetRequiredService<DocumentsService>().PublierDirectementAsync(acteur, TypeDocument.Parametres, "POEC", contenu, "Ici", ct);
            }

            Assert.Equal(avant + 2, (await fournisseur.GetAsync("POEC", ct)).CoefficientMin);
        }
    }

    protected virtual void Prerequis()
    {
    }
}

/// <summary>On SQLite.</summary>
public sealed class DocumentsPubliesSqliteTests(SqliteApiHost host) : DocumentsPubliesTests(host), IClassFixture<SqliteApiHost>;

/// <summary>On PostgreSQL.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class DocumentsPubliesPostgresTests(PostgresApiHostFixture fixture) : DocumentsPubliesTests(fixture.Host), IClassFixture<PostgresApiHostFixture>
{
    protected override void Prerequis() => PostgresEnvironment.RequireConnectionString();
}
