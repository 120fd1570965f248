using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Rafael.Rules.Tests;

public sealed class InputBindingTests
{
    private enum Etat
    {
        EnAttente,
        RefusSessionComplete,
    }

    [Fact]
    public async Task Takes_records_enums_dates_and_the_Parametres_record_as_the_Engine_passes_them()
    {
        var provider = new ServiceCollection().AddRafaelRules().BuildServiceProvider();
        var evaluator = provider.GetRequiredService<IRuleEvaluator>();
        var parametres = await provider.GetRequiredService<IParametresProvider>().GetAsync("PRF", TestContext.Current.CancellationToken);
        var inputs = new RuleInputs
        {
            ["Maintenant"] = new DateTimeOffset(2024, 5, 31, 23, 30, 0, TimeSpan.FromHours(2)),
            ["session"] = new SessionDeTest("PRF", "PRF-QUALIF", false, true, new DateOnly(2024, 5, 31), 10, 12, 1, 10),
            ["candidat"] = new { CandidaturesEnCours = 1, CandidaturesEnCoursHsp = 0L },
            ["structure"] = new { MesuresHabilitees = new List<string> { "PRF-QUALIF" } },
            ["utilisateur"] = new { NiveauPrescripteur = (int?)1 },
            ["parametres"] = parametres,
        };

        var verdict = await evaluator.EvaluateAsync("candidature.preinscription", inputs, TestContext.Current.CancellationToken);

        Assert.Equal(["CAND-03"], verdict.Failures.Select(f => f.RuleId));
    }

    [Fact]
    public async Task Turns_an_enum_into_its_name()
    {
        var inputs = new RuleInputs
        {
            ["maintenant"] = new DateTime(2022, 6, 1, 15, 0, 0, DateTimeKind.Unspecified),
            ["candidature"] = new { Etat = Etat.RefusSessionComplete },
            ["session"] = new { DateLimiteEntreeTardive = new DateOnly(2022, 6, 1) },
        };

        Assert.True((await Scenario.Evaluator.EvaluateAsync("candidature.liste-attente", inputs, TestContext.Current.CancellationToken)).IsAllowed);
        inputs["candidature"] = new { Etat = Etat.EnAttente };
        Assert.False((await Scenario.Evaluator.EvaluateAsync("candidature.liste-attente", inputs, TestContext.Current.CancellationToken)).IsAllowed);
    }

    [Fact]
    public async Task Takes_JSON_as_the_Studio_simulates_with()
    {
        using var document = JsonDocument.Parse("""{ "action": { "nombreSessions": 0 } }""");
        var inputs = new RuleInputs { ["action"] = document.RootElement.GetProperty("action") };

        var verdict = await Scenario.Evaluator.EvaluateAsync("action.publication", inputs, TestContext.Current.CancellationToken);

        Assert.Equal("CAT-01", Assert.Single(verdict.Failures).RuleId);
    }

    [Fact]
    public async Task Refuses_a_missing_input_naming_it()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Scenario.Evaluator.EvaluateAsync("action.publication", new RuleInputs(), TestContext.Current.CancellationToken).AsTask());

        Assert.StartsWith("L'entrée « action » est attendue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_missing_field_naming_it()
    {
        var inputs = new RuleInputs { ["action"] = new { Sessions = 1 } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Scenario.Evaluator.EvaluateAsync("action.publication", inputs, TestContext.Current.CancellationToken).AsTask());

        Assert.StartsWith("L'entrée « action.nombreSessions » est attendue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_null_in_a_field_that_is_not_optional()
    {
        var inputs = new RuleInputs { ["action"] = new { NombreSessions = (int?)null } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Scenario.Evaluator.EvaluateAsync("action.publication", inputs, TestContext.Current.CancellationToken).AsTask());

        Assert.StartsWith("L'entrée « action.nombreSessions » (integer) est obligatoire", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_value_of_the_wrong_type()
    {
        var inputs = new RuleInputs { ["action"] = new { NombreSessions = "deux" } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Scenario.Evaluator.EvaluateAsync("action.publication", inputs, TestContext.Current.CancellationToken).AsTask());

        Assert.Contains("attend le type integer", error.Message, StringComparison.Ordinal);
    }

    private sealed record SessionDeTest(
        string Dispositif,
        string Mesure,
        bool Annulee,
        bool OuverteAuxCandidatures,
        DateOnly DateLimiteInscription,
        int EffectifVise,
        int CapaciteAccueil,
        int Coefficient,
        int CandidaturesEnCours);
}
