using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.RunnerTests;

public sealed class ExecutionTests
{
    [Fact]
    public async Task Et_and_Mais_bind_as_the_kind_of_the_step_before_them()
    {
        var (result, recorded) = await Bench.RunAsync("mots-cles.feature", "Les mots-clés d'action et de résultat");

        Assert.Equal(ScenarioStatus.Passed, result.Status);
        Assert.Equal(
            ["Soit:contexte", "Quand:quand", "Quand:lorsque", "Quand:et après quand", "Alors:alors", "Alors:donc", "Alors:mais après alors"],
            recorded);
    }

    [Fact]
    public async Task The_Contexte_runs_before_the_scenario_and_the_Regle_before_its_own()
    {
        var (result, recorded) = await Bench.RunAsync("mots-cles.feature", "Dans la règle");

        Assert.Equal(ScenarioStatus.Passed, result.Status);
        Assert.Equal(["Soit:contexte", "Soit:contexte de la règle", "Alors:dans la règle"], recorded);
    }

    [Fact]
    public async Task An_example_row_runs_with_its_values()
    {
        var (result, recorded) = await Bench.RunAsync("mots-cles.feature", "Un plan pour trois");

        Assert.Equal(ScenarioStatus.Passed, result.Status);
        Assert.Equal(["Soit:contexte", "Soit:trois", "Quand:3"], recorded);
    }

    [Fact]
    public async Task Arguments_are_converted_to_the_parameter_types()
    {
        var (result, recorded) = await Bench.RunAsync("parametres.feature", "Conversion des paramètres");

        Assert.True(result.Status == ScenarioStatus.Passed, result.Message);
        Assert.Equal<object?>(
            [42, -7L, "deux mots", "bonjour", 12.5m, 3.25d, new DateOnly(2022, 4, 9), new TimeOnly(14, 30), "une", 3, new DateOnly(2022, 4, 9), true],
            recorded);
    }

    [Fact]
    public async Task Tables_read_as_rows_or_as_a_dictionary_and_doc_strings_as_the_last_string()
    {
        var (result, recorded) = await Bench.RunAsync("parametres.feature", "Tableaux et doc strings");

        Assert.True(result.Status == ScenarioStatus.Passed, result.Message);
        var rows = recorded.Take(2).Cast<IReadOnlyDictionary<string, string>>().ToList();
        Assert.Equal(["Martin", "Durand"], rows.Select(r => r["nom"]));
        Assert.Equal(["Léa", "Paul"], rows.Select(r => r["prénom"]));
        var structure = Assert.IsType<IReadOnlyDictionary<string, string>>(recorded[2], exactMatch: false);
        Assert.Equal("12345678901234", structure["SIRET"]);
        Assert.Equal("Formations du Sud", structure["raison sociale"]);
        Assert.Equal("Bonjour,\nvotre candidature est retenue.", ((string)recorded[3]!).Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Equal(["avec valeur", "fin"], recorded.Skip(4));
    }

    [Fact]
    public async Task Async_steps_are_awaited_and_step_classes_share_one_context_and_instance_per_scenario()
    {
        var first = await Bench.RunAsync("parametres.feature", "Étapes asynchrones et contexte partagé");
        var second = await Bench.RunAsync("parametres.feature", "Étapes asynchrones et contexte partagé");

        Assert.True(first.Result.Status == ScenarioStatus.Passed, first.Result.Message);
        var instance = first.Recorded[0];
        Assert.Equal([instance, true, instance], first.Recorded);

        // A new scenario gets new step classes.
        Assert.NotEqual(instance, second.Recorded[0]);
    }
}
