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
}
