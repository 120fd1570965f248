using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.RunnerTests;

public sealed class ParsingTests
{
    private const string Keywords = "mots-cles.feature";

    [Fact]
    public void Every_French_keyword_is_read_and_Et_Mais_star_take_the_previous_kind()
    {
        var context = Bench.Scenario(Keywords, "Les mots-clés de contexte");
        Assert.All(context.Steps, s => Assert.Equal(StepKind.Context, s.Kind));
        Assert.Equal(
            ["Soit ", "Soit ", "Étant donné ", "Etant donné que ", "Sachant que ", "Et ", "Mais ", "* "],
            context.Steps.Select(s => s.Keyword));

        var action = Bench.Scenario(Keywords, "Les mots-clés d'action et de résultat");
        Assert.Equal(
            [StepKind.Context, StepKind.Action, StepKind.Action, StepKind.Action, StepKind.Outcome, StepKind.Outcome, StepKind.Outcome],
            action.Steps.Select(s => s.Kind));
    }

    [Fact]
    public void Feature_name_description_and_Exemple_as_a_scenario()
    {
        var feature = Bench.Feature(Keywords);
        Assert.Equal("Tous les mots-clés", feature.Name);
        Assert.Equal("Une description\n  sur deux lignes.", feature.Description.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Contains(feature.Scenarios, s => s.Name == "Exemple vaut Scénario");
    }

    [Fact]
    public void Contexte_steps_come_first_and_a_Regle_adds_its_own()
    {
        var plain = Bench.Scenario(Keywords, "Exemple vaut Scénario");
        Assert.Equal(["contexte", "exemple"], plain.Steps.Select(s => s.Text.Split('"')[1]));
        Assert.True(plain.Steps[0].FromBackground);
        Assert.False(plain.Steps[1].FromBackground);
        Assert.Null(plain.Rule);

        var inRule = Bench.Scenario(Keywords, "Dans la règle");
        Assert.Equal(["contexte", "contexte de la règle", "dans la règle"], inRule.Steps.Select(s => s.Text.Split('"')[1]));
        Assert.Equal("Une règle a son propre contexte", inRule.Rule);
    }

    [Fact]
    public void Tags_are_inherited_from_the_feature_and_the_examples()
    {
        Assert.Equal(["fonctionnalite", "action"], Bench.Scenario(Keywords, "Les mots-clés d'action et de résultat").Tags);
        Assert.Equal(["fonctionnalite", "ACC-04"], Bench.Scenario(Keywords, "Dans la règle").Tags);
        Assert.Equal(["fonctionnalite", "plan", "autres"], Bench.Scenario(Keywords, "Un plan pour trois").Tags);
    }

    [Fact]
    public void A_Plan_du_scenario_yields_one_case_per_example_row_with_values_substituted()
    {
        var rows = Bench.Feature(Keywords).Scenarios.Where(s => s.Name.StartsWith("Un plan pour", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Un plan pour un", "Un plan pour deux", "Un plan pour trois"], rows.Select(r => r.Name));
        Assert.Equal(["le journal note \"contexte\"", "le journal note \"deux\"", "le journal note \"2\""], rows[1].Steps.Select(s => s.Text));
        Assert.Equal("Tous les mots-clés › Un plan pour deux [deux, 2]", rows[1].DisplayName);

        // Each row is its own case, named by its own line; all share the outline's line.
        Assert.Equal(3, rows.Select(r => r.Line).Distinct().Count());
        Assert.Single(rows.Select(r => r.ScenarioLine).Distinct());
    }

    [Fact]
    public void Example_values_fill_tables_and_doc_strings()
    {
        var row = Bench.Scenario("parametres.feature", "Les exemples remplissent tableaux et doc strings");
        Assert.Equal("Léa", row.Steps[0].Table!.Rows[0]["prénom"]);
        Assert.Equal("Bonjour Léa", row.Steps[1].DocString);
    }

    [Fact]
    public void A_plain_scenario_is_named_Feature_then_Scenario()
    {
        Assert.Equal("Paramètres › Conversion des paramètres", Bench.Scenario("parametres.feature", "Conversion des paramètres").DisplayName);
    }

    [Fact]
    public async Task A_file_that_does_not_parse_yields_a_case_that_fails_with_the_reason()
    {
        var broken = Assert.Single(Bench.Feature("illisible.feature").Scenarios);
        var (result, _) = await Bench.RunAsync(broken);

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Contains("illisible.feature", result.Message, StringComparison.Ordinal);
        Assert.Contains("(7:1)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_language_line_is_read_as_French()
    {
        using var reader = new StringReader("Fonctionnalité: Sans langue\n  Scénario: Un\n    Soit une chose\n");
        var feature = FeatureParser.Parse("sans-langue.feature", reader);

        Assert.Equal(StepKind.Context, Assert.Single(Assert.Single(feature.Scenarios).Steps).Kind);
    }
}
