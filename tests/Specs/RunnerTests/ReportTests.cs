using System.Text.Json;
using Rafael.Specs.Report;
using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.RunnerTests;

public sealed class ReportTests
{
    private const string Domain = """
        # Domaine

        ## 1. Comptes

        - **ACC-01** Une structure a un nom, une raison sociale
          et un SIRET.
        - **ACC-02** Une personne a un compte.
        Du texte qui cite **ACC-03** sans le définir.
        - **CAND-03** Quota de candidatures par session.
        """;

    private const string Feature = """
        # language: fr
        Fonctionnalité: Couverture
          @ACC-01
          Scénario: Premier
            Soit une chose

          @ACC-01 @CAND-03
          Scénario: Second
            Soit une chose

          @ACC-99 @plateforme
          Scénario: Troisième <b>
            Soit une chose
        """;

    [Fact]
    public void The_rules_are_the_list_items_that_start_with_a_bold_ID()
    {
        var rules = DomainRules.Parse(Domain);

        Assert.Equal(["ACC-01", "ACC-02", "CAND-03"], rules.Select(r => r.Id));
        Assert.Equal("Une structure a un nom, une raison sociale", rules[0].Summary);
    }

    [Fact]
    public void The_rule_table_lists_the_covering_scenarios_the_uncovered_rules_and_the_unknown_tags()
    {
        var report = Report();

        Assert.Equal(
            [("ACC-01", "Premier, Second"), ("ACC-02", ""), ("CAND-03", "Second")],
            report.Coverage.Select(c => (c.Rule.Id, string.Join(", ", c.Scenarios.Select(s => s.Name)))));
        Assert.Equal(["ACC-02"], report.Coverage.Where(c => !c.Covered).Select(c => c.Rule.Id));
        Assert.Equal(["ACC-99"], report.UnknownRuleTags);
    }

    [Fact]
    public async Task The_writer_puts_an_html_page_and_a_json_summary_in_the_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rafael-specs-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            await ReportWriter.WriteAsync(folder, Report());

            var html = await File.ReadAllTextAsync(Path.Combine(folder, "index.html"), TestContext.Current.CancellationToken);
            Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
            Assert.Contains("Règles non couvertes", html, StringComparison.Ordinal);
            Assert.Contains("Une personne a un compte.", html, StringComparison.Ordinal);
            Assert.Contains("Étape « Soit une chose » en panne", html, StringComparison.Ordinal);

            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "summary.json"), TestContext.Current.CancellationToken));
            var root = json.RootElement;
            Assert.Equal(3, root.GetProperty("scenarios").GetProperty("total").GetInt32());
            Assert.Equal(1, root.GetProperty("scenarios").GetProperty("passed").GetInt32());
            Assert.Equal(1, root.GetProperty("scenarios").GetProperty("failed").GetInt32());
            Assert.Equal(1, root.GetProperty("scenarios").GetProperty("notRun").GetInt32());
            Assert.Equal(["ACC-02"], root.GetProperty("uncoveredRules").EnumerateArray().Select(e => e.GetString()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void DOMAIN_md_is_found_in_the_shared_folder_next_to_the_repository()
    {
        var top = Path.Combine(Path.GetTempPath(), "rafael-specs-domain-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(top, "repo", "tests", "Specs", "bin");
        try
        {
            Directory.CreateDirectory(output);
            Directory.CreateDirectory(Path.Combine(top, "shared"));
            File.WriteAllText(Path.Combine(top, "repo", "Rafael.sln"), string.Empty);
            File.WriteAllText(Path.Combine(top, "shared", "DOMAIN.md"), Domain);

            Assert.Equal(Path.Combine(top, "shared", "DOMAIN.md"), DomainRules.Locate(output));
            Assert.Equal(Path.Combine(top, "repo"), RepositoryRoot.Find(output));
        }
        finally
        {
            Directory.Delete(top, recursive: true);
        }
    }

    private static RunReport Report()
    {
        using var reader = new StringReader(Feature);
        var feature = FeatureParser.Parse("couverture.feature", reader);
        var first = feature.Scenarios[0];
        var second = feature.Scenarios[1];
        ScenarioResult[] results =
        [
            new(first, ScenarioStatus.Passed, [new StepResult(first.Steps[0], StepStatus.Passed)], null, TimeSpan.Zero),
            new(second, ScenarioStatus.Failed, [new StepResult(second.Steps[0], StepStatus.Failed, "panne")], "Étape « Soit une chose » en panne", TimeSpan.Zero),
        ];
        return new RunReport(DateTimeOffset.Now, [feature], results, DomainRules.Parse(Domain), "DOMAIN.md");
    }
}
