using Rafael.Engine.OffreInfo;
using Rafael.OffreInfo.Tests.Support;
using static Rafael.OffreInfo.Tests.Support.Flux;

namespace Rafael.OffreInfo.Tests;

/// <summary>The command line <c>lheo &lt;fichier&gt; [--depuis &lt;instant&gt;]</c>.</summary>
public sealed class CommandeTests : IDisposable
{
    private readonly string _dossier = Directory.CreateTempSubdirectory("rafael-lheo-").FullName;

    [Fact]
    public async Task La_commande_ecrit_le_flux_dans_le_fichier_et_resume_ce_qui_est_ecrit_et_ecarte()
    {
        var catalogue = Catalogue(4, 2);
        catalogue[2] = catalogue[2] with { Objectifs = " " };
        var fichier = Path.Combine(_dossier, "offre.xml");
        var console = new StringWriter();

        var code = await LheoCommande.ExecuterAsync(["lheo", fichier], new SourceEnMemoire(catalogue), Horloge(), console, TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        Assert.Equal(
            $"Flux LHEO écrit dans {fichier} : 3 action(s), 6 session(s), 1 action(s) écartée(s).\n"
            + $"  - action {catalogue[2].Reference} écartée : objectifs : obligatoire (objectif-formation)\n",
            console.ToString().ReplaceLineEndings("\n"));
        LheoSchema.Valider(await File.ReadAllBytesAsync(fichier, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(fichier + ".partiel"));
    }

    [Fact]
    public async Task Avec_depuis_la_commande_n_ecrit_que_les_changements()
    {
        var fichier = Path.Combine(_dossier, "delta.xml");
        var console = new StringWriter();

        var code = await LheoCommande.ExecuterAsync(["lheo", fichier, "--depuis", "2026-01-06T00:00:00Z"], new SourceEnMemoire(Catalogue(10, 1)), Horloge(), console, TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        // Action i is changed i % 7 days after its creation on 5 January: all but actions 0 and 7 changed since the 6th.
        Assert.StartsWith($"Flux LHEO écrit dans {fichier} : 8 action(s), 8 session(s), 0 action(s) écartée(s).", console.ToString(), StringComparison.Ordinal);
        LheoSchema.Valider(await File.ReadAllBytesAsync(fichier, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Avec_kairos_la_commande_n_ecrit_que_les_sessions_pour_Kairos()
    {
        var fichier = Path.Combine(_dossier, "kairos.xml");
        var console = new StringWriter();
        var catalogue = Catalogue(12, 3);
        var sessions = catalogue.Sum(a => a.Sessions.Count(s => s.FormationContinueHorsAlternance && s.Financement is null));

        var code = await LheoCommande.ExecuterAsync(["lheo", "--kairos", fichier], new SourceEnMemoire(catalogue), Horloge(), console, TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        Assert.Contains($" {sessions} session(s), 0 action(s) écartée(s).", console.ToString(), StringComparison.Ordinal);
        LheoSchema.Valider(await File.ReadAllBytesAsync(fichier, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sans_rien_a_exporter_la_commande_ne_cree_aucun_fichier_et_le_dit()
    {
        var fichier = Path.Combine(_dossier, "vide.xml");
        var console = new StringWriter();

        var code = await LheoCommande.ExecuterAsync(["lheo", fichier, "--depuis", "2027-01-01"], new SourceEnMemoire(Catalogue(3, 1)), Horloge(), console, TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        Assert.False(File.Exists(fichier));
        Assert.False(File.Exists(fichier + ".partiel"));
        Assert.StartsWith("Aucune offre à exporter depuis 2027-01-01T00:00:00.0000000+00:00 : aucun fichier écrit", console.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "lheo" }, "Le fichier de sortie manque.")]
    [InlineData(new[] { "lheo", "a.xml", "--depuis" }, "--depuis attend un instant ISO 8601.")]
    [InlineData(new[] { "lheo", "a.xml", "--depuis", "hier" }, "--depuis attend un instant ISO 8601.")]
    [InlineData(new[] { "lheo", "a.xml", "b.xml" }, "Argument inattendu : b.xml.")]
    [InlineData(new[] { "lheo", "a.xml", "--tout" }, "Argument inattendu : --tout.")]
    public async Task De_mauvais_arguments_donnent_l_usage_et_le_code_2_sans_rien_ecrire(string[] arguments, string erreur)
    {
        var console = new StringWriter();
        var courant = Directory.GetCurrentDirectory();

        var code = await LheoCommande.ExecuterAsync(arguments, new SourceEnMemoire(Catalogue(1, 1)), Horloge(), console, TestContext.Current.CancellationToken);

        Assert.Equal(2, code);
        Assert.Equal($"{erreur}\n{LheoCommande.Usage}\n", console.ToString().ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(courant, "a.xml")));
    }

    [Fact]
    public void La_commande_n_est_reconnue_que_sur_son_nom()
    {
        Assert.True(LheoCommande.EstDemandee(["lheo", "x.xml"]));
        Assert.False(LheoCommande.EstDemandee(["diagrammes"]));
        Assert.False(LheoCommande.EstDemandee([]));
    }

    public void Dispose() => Directory.Delete(_dossier, recursive: true);
}
