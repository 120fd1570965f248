using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.RunnerTests;

public sealed class FailureTests
{
    private const string Failures = "echecs.feature";

    [Fact]
    public async Task An_undefined_step_fails_with_its_text_and_a_ready_to_paste_binding()
    {
        var (result, recorded) = await Bench.RunAsync(Failures, "Étape non définie");

        Assert.Equal(ScenarioStatus.Undefined, result.Status);
        Assert.Empty(recorded);
        Assert.Contains("« Et il y a 3 candidatures pour \"Formations du Sud\" le 09/04/2022 à 12,5 euros »", result.Message, StringComparison.Ordinal);
        Assert.Contains("echecs.feature, ligne 6", result.Message, StringComparison.Ordinal);
        Assert.Contains(
            "[Soit(\"il y a {int} candidatures pour {string} le {date} à {decimal} euros\")]" + Environment.NewLine +
            "public void IlYACandidaturesPourLeAEuros(int entier, string texte, DateOnly date, decimal nombre)",
            result.Message,
            StringComparison.Ordinal);

        // Every undefined step is reported at once; parentheses are escaped and the table becomes a parameter.
        Assert.Contains("[Quand(\"rien \\\\(vraiment\\\\) ne se passe\")]", result.Message, StringComparison.Ordinal);
        Assert.Contains("public void RienVraimentNeSePasse(Table tableau)", result.Message, StringComparison.Ordinal);
        Assert.Equal([StepStatus.Skipped, StepStatus.Undefined, StepStatus.Undefined], result.Steps.Select(s => s.Status));
        Assert.Throws<ScenarioFailedException>(result.ThrowIfNotPassed);
    }

    [Fact]
    public void The_suggested_binding_binds_the_step_it_was_made_for()
    {
        var step = Bench.Scenario(Failures, "Étape non définie").Steps[1];
        var snippet = SnippetGenerator.Suggest(step);
        var expression = snippet.Split('"')[1];

        Assert.Equal(["3", "Formations du Sud", "09/04/2022", "12,5"], StepExpression.Parse(expression).Match(step.Text));
    }

    [Fact]
    public async Task An_ambiguous_step_fails_and_names_every_binding_that_matches()
    {
        var (result, _) = await Bench.RunAsync(Failures, "Étape ambiguë");

        Assert.Equal(ScenarioStatus.Ambiguous, result.Status);
        Assert.Contains("Étape ambiguë « Soit une phrase ambiguë »", result.Message, StringComparison.Ordinal);
        Assert.Contains("FailingSteps.Ambigue", result.Message, StringComparison.Ordinal);
        Assert.Contains("FailingSteps.Phrase", result.Message, StringComparison.Ordinal);
        Assert.Throws<ScenarioFailedException>(result.ThrowIfNotPassed);
    }

    [Fact]
    public async Task A_step_that_throws_fails_the_scenario_with_file_line_and_text_and_the_rest_is_skipped()
    {
        var (result, recorded) = await Bench.RunAsync(Failures, "Étape qui lève une exception");

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Equal(["Soit:avant"], recorded);
        Assert.Equal([StepStatus.Passed, StepStatus.Failed, StepStatus.Skipped], result.Steps.Select(s => s.Status));
        Assert.Contains("« Quand une étape lève une exception » (echecs.feature, ligne 16)", result.Message, StringComparison.Ordinal);
        Assert.Contains("panne voulue", result.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(result.Error);
        var thrown = Assert.Throws<ScenarioFailedException>(result.ThrowIfNotPassed);
        Assert.Same(result.Error, thrown.InnerException);
    }

    [Fact]
    public async Task A_false_assertion_fails_the_scenario()
    {
        var (result, _) = await Bench.RunAsync(Failures, "Assertion fausse");

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Contains("« Alors deux et deux font 5 » (echecs.feature, ligne 20)", result.Message, StringComparison.Ordinal);
        Assert.IsType<Xunit.Sdk.EqualException>(result.Error);
    }

    [Fact]
    public async Task A_table_that_the_method_does_not_take_fails_rather_than_being_ignored()
    {
        var (result, recorded) = await Bench.RunAsync(Failures, "Tableau que la méthode ne lit pas");

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Empty(recorded);
        Assert.Contains("n'a pas de paramètre pour les recevoir", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_without_steps_does_not_pass()
    {
        var (result, _) = await Bench.RunAsync(Failures, "Scénario sans étape");

        Assert.Equal(ScenarioStatus.Undefined, result.Status);
        Assert.Contains("n'a aucune étape", result.Message, StringComparison.Ordinal);
    }
}
