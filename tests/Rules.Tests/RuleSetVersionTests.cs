namespace Rafael.Rules.Tests;

public sealed class RuleSetVersionTests
{
    [Fact]
    public async Task Publishing_a_new_version_changes_the_next_decision()
    {
        var source = new InMemoryRuleSetSource();
        source.Publish("action.publication", EmbeddedRuleSetSource.GetContent("action.publication"));
        var evaluator = new RuleSetEvaluator(source);
        var inputs = new RuleInputs { ["action"] = new { NombreSessions = 1 } };
        Assert.True((await evaluator.EvaluateAsync("action.publication", inputs, TestContext.Current.CancellationToken)).IsAllowed);

        source.Publish(
            "action.publication",
            EmbeddedRuleSetSource.GetContent("action.publication")
                .Replace("action.nombreSessions >= 1", "action.nombreSessions >= 2", StringComparison.Ordinal)
                .Replace("au moins une session", "au moins deux sessions", StringComparison.Ordinal));
        var verdict = await evaluator.EvaluateAsync("action.publication", inputs, TestContext.Current.CancellationToken);

        Assert.Equal(
            new RuleFailure("CAT-01", "Une action ne peut pas être publiée sans au moins deux sessions (CAT-01)."),
            Assert.Single(verdict.Failures));
    }

    [Fact]
    public async Task Compiles_each_version_once()
    {
        var source = new InMemoryRuleSetSource();
        source.Publish("action.publication", EmbeddedRuleSetSource.GetContent("action.publication"));
        var evaluator = new RuleSetEvaluator(source);
        var inputs = new RuleInputs { ["action"] = new { NombreSessions = 0 } };

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            evaluator.EvaluateAsync("action.publication", inputs, TestContext.Current.CancellationToken).AsTask()));

        Assert.Equal(1, source.ContentReads);
    }

    [Fact]
    public async Task An_invalid_published_version_is_refused_with_its_errors_and_retried_once_fixed()
    {
        var source = new InMemoryRuleSetSource();
        source.Publish("action.publication", EmbeddedRuleSetSource.GetContent("action.publication")
            .Replace("action.nombreSessions >= 1", "action.sessions >= 1", StringComparison.Ordinal));
        var evaluator = new RuleSetEvaluator(source);
        var inputs = new RuleInputs { ["action"] = new { NombreSessions = 1 } };

        var error = await Assert.ThrowsAsync<RuleSetException>(() =>
            evaluator.EvaluateAsync("action.publication", inputs, TestContext.Current.CancellationToken).AsTask());
        Assert.Equal("CAT-01", Assert.Single(error.Errors).RuleId);

        source.Publish("action.publication", EmbeddedRuleSetSource.GetContent("action.publication"));
        Assert.True((await evaluator.EvaluateAsync("action.publication", inputs, TestContext.Current.CancellationToken)).IsAllowed);
    }

    [Fact]
    public async Task An_unknown_rule_set_is_refused_in_French()
    {
        var error = await Assert.ThrowsAsync<RuleSetException>(() =>
            Scenario.Evaluator.EvaluateAsync("candidature.inconnue", new RuleInputs(), TestContext.Current.CancellationToken).AsTask());

        Assert.Equal("Le jeu de règles « candidature.inconnue » n'existe pas ou n'a aucune version publiée.", error.Message);
    }

    [Fact]
    public async Task A_rule_that_cannot_be_evaluated_refuses_and_says_so()
    {
        var source = new InMemoryRuleSetSource();
        source.Publish("essai.division", """
            {
              "name": "essai.division",
              "inputs": { "session": { "fields": { "places": { "type": "integer" }, "groupes": { "type": "integer" } } } },
              "rules": [
                { "id": "CAT-98", "name": "avant", "expression": "session.places > 100", "message": "Trop peu de places (CAT-98)." },
                { "id": "CAT-99", "name": "par-groupe", "expression": "session.places / session.groupes >= 1", "message": "Groupes trop petits (CAT-99)." }
              ]
            }
            """);
        var inputs = new RuleInputs { ["session"] = new { Places = 10, Groupes = 0 } };

        var verdict = await new RuleSetEvaluator(source).EvaluateAsync("essai.division", inputs, TestContext.Current.CancellationToken);

        Assert.Equal(["CAT-98", "CAT-99"], verdict.Failures.Select(f => f.RuleId));
        Assert.StartsWith("La règle CAT-99 (par-groupe) n'a pas pu être évaluée", verdict.Failures[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_published_under_another_name_is_refused()
    {
        var source = new InMemoryRuleSetSource();
        source.Publish("session.suppression", EmbeddedRuleSetSource.GetContent("action.publication"));

        var error = await Assert.ThrowsAsync<RuleSetException>(() => new RuleSetEvaluator(source)
            .EvaluateAsync("session.suppression", new RuleInputs(), TestContext.Current.CancellationToken).AsTask());

        Assert.Contains("« action.publication »", error.Message, StringComparison.Ordinal);
    }
}
