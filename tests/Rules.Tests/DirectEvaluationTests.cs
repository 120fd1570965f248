namespace Rafael.Rules.Tests;

/// <summary>
/// The evaluator runs the compiled conditions itself and leaves RulesEngine's execution to the rules that cannot be
/// evaluated: both must give the same verdict, messages included. (Every table row of the shipped rule sets is also
/// compared, in <see cref="Scenario"/>.)
/// </summary>
public sealed class DirectEvaluationTests
{
    private const string Essai = """
        {
          "name": "essai.direct",
          "inputs": {
            "maintenant": { "type": "date" },
            "session": { "fields": { "places": { "type": "integer" }, "groupes": { "type": "integer" }, "libelle": { "type": "string?" } } }
          },
          "variables": { "parGroupe": "session.places / session.groupes" },
          "rules": [
            { "id": "CAT-91", "name": "places", "expression": "session.places > 5", "message": "Trop peu de places : {session.places} (CAT-91)." },
            { "id": "CAT-92", "name": "desactivee", "enabled": false, "expression": "false", "message": "Jamais (CAT-92)." },
            { "id": "CAT-93", "name": "libelle", "expression": "session.libelle.Length > 2", "message": "Libellé trop court (CAT-93)." },
            {
              "id": "CAT-94", "name": "quota",
              "variables": { "quota": "Math.Floor(session.places * 1.5)", "marge": "quota - session.groupes" },
              "expression": "marge >= 3", "message": "Marge de {marge} sur un quota de {quota} (CAT-94)."
            },
            { "id": "CAT-95", "name": "global", "expression": "parGroupe >= 2", "message": "{parGroupe} par groupe (CAT-95)." }
          ]
        }
        """;

    [Theory]
    [InlineData(10, 2, "abc")]
    [InlineData(4, 2, "abc")]
    [InlineData(4, 4, "abc")]
    [InlineData(10, 20, "a")]
    [InlineData(10, 2, null)]
    [InlineData(10, 0, "abc")]
    [InlineData(0, 0, null)]
    public async Task Agrees_with_RulesEngine_on_failures_disabled_rules_variables_and_evaluation_errors(int places, int groupes, string? libelle)
    {
        var (direct, reference) = Evaluators();
        var inputs = new RuleInputs
        {
            ["maintenant"] = new DateOnly(2024, 5, 31),
            ["session"] = new { Places = places, Groupes = groupes, Libelle = libelle },
        };

        var verdict = await direct.EvaluateAsync("essai.direct", inputs, TestContext.Current.CancellationToken);

        Assert.Equal((await reference.EvaluateAsync("essai.direct", inputs, TestContext.Current.CancellationToken)).Failures, verdict.Failures);
        Assert.DoesNotContain(verdict.Failures, f => f.RuleId == "CAT-92");
    }

    [Fact]
    public async Task Explains_an_evaluation_error_with_RulesEngine_s_message()
    {
        var (direct, _) = Evaluators();
        var inputs = new RuleInputs
        {
            ["maintenant"] = new DateOnly(2024, 5, 31),
            ["session"] = new { Places = 10, Groupes = 0, Libelle = (string?)null },
        };

        var verdict = await direct.EvaluateAsync("essai.direct", inputs, TestContext.Current.CancellationToken);

        // The global variable divides by zero: every enabled rule refuses, and says it could not be evaluated.
        Assert.Equal(["CAT-91", "CAT-93", "CAT-94", "CAT-95"], verdict.Failures.Select(f => f.RuleId));
        Assert.All(verdict.Failures, f => Assert.Contains("n'a pas pu être évaluée", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gives_the_messages_of_failed_rules_with_their_variables()
    {
        var (direct, _) = Evaluators();
        var inputs = new RuleInputs
        {
            ["maintenant"] = new DateOnly(2024, 5, 31),
            ["session"] = new { Places = 4, Groupes = 4, Libelle = "abc" },
        };

        var verdict = await direct.EvaluateAsync("essai.direct", inputs, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                new RuleFailure("CAT-91", "Trop peu de places : 4 (CAT-91)."),
                new RuleFailure("CAT-94", "Marge de 2 sur un quota de 6 (CAT-94)."),
                new RuleFailure("CAT-95", "1 par groupe (CAT-95)."),
            ],
            verdict.Failures);
    }

    [Fact]
    public async Task A_cancelled_decision_throws_as_through_RulesEngine()
    {
        var (direct, reference) = Evaluators();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var inputs = new RuleInputs
        {
            ["maintenant"] = new DateOnly(2024, 5, 31),
            ["session"] = new { Places = 10, Groupes = 2, Libelle = "abc" },
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reference.EvaluateAsync("essai.direct", inputs, cancelled.Token).AsTask());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => direct.EvaluateAsync("essai.direct", inputs, cancelled.Token).AsTask());
    }

    private static (RuleSetEvaluator Direct, RuleSetEvaluator Reference) Evaluators()
    {
        var source = new InMemoryRuleSetSource();
        source.Publish("essai.direct", Essai);
        return (new RuleSetEvaluator(source), new RuleSetEvaluator(source, throughRulesEngine: true));
    }
}
