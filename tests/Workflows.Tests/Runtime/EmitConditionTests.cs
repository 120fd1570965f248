using Microsoft.Extensions.Time.Testing;
using Rafael.Rules;
using Rafael.Workflows.Runtime;
using Rafael.Workflows.Tests.Support;
using Xunit;

namespace Rafael.Workflows.Tests.Runtime;

/// <summary>AVIS-09: an emit effect's condition and delay, as the shipped candidature definition uses them.</summary>
public sealed class EmitConditionTests
{
    private static readonly IReadOnlyDictionary<string, object?> Retenue = Harness.Args(("dateEntree", new DateOnly(2022, 9, 1)), ("dateSortie", new DateOnly(2022, 12, 16)), ("intensiteHebdomadaire", 35));

    [Fact]
    public async Task A_failed_condition_leaves_its_message_out_and_only_it()
    {
        var harness = new Harness();
        harness.Rules.Fail("candidature.financement-region", "AVIS-09", "La session n'est pas financée par la Région (AVIS-09).");
        var candidature = new TestSubject("candidature", 1, "avis-a-donner");

        var outcome = await harness.Runtime.FireAsync(candidature, "retenir", Retenue, Harness.As("of-general"), TestContext.Current.CancellationToken);

        Assert.True(outcome.IsAllowed);
        Assert.Equal("retenue", candidature.Status);
        Assert.Equal(["kairos.avis"], outcome.Effects.OfType<EmitEffect>().Select(e => e.MessageType));
        Assert.Single(outcome.Effects.OfType<NotifyEffect>());
    }

    [Fact]
    public async Task A_passed_condition_emits_and_an_undelayed_message_is_available_at_once()
    {
        var harness = new Harness();
        var candidature = new TestSubject("candidature", 1, "avis-a-donner");

        var outcome = await harness.Runtime.FireAsync(candidature, "nePasRetenir", Harness.Args(("motif", "autres"), ("raison", "Projet à revoir")), Harness.As("of-general"), TestContext.Current.CancellationToken);

        Assert.Equal([("agora.avis", (DateTimeOffset?)null), ("kairos.avis", null)], outcome.Effects.OfType<EmitEffect>().Select(e => (e.MessageType, e.AvailableAt)));
    }

    [Theory]
    [InlineData("2022-04-09T08:00:00+02:00", "2022-04-10T00:00:00+02:00")]
    [InlineData("2022-04-09T23:59:59+02:00", "2022-04-10T00:00:00+02:00")]
    [InlineData("2022-04-09T00:00:00+02:00", "2022-04-10T00:00:00+02:00")]
    [InlineData("2022-10-29T23:30:00+02:00", "2022-10-30T00:00:00+02:00")]
    [InlineData("2022-10-30T12:00:00+01:00", "2022-10-31T00:00:00+01:00")]
    [InlineData("2022-03-26T22:30:00+00:00", "2022-03-27T00:00:00+01:00")]
    [InlineData("2022-12-31T23:10:00+00:00", "2023-01-02T00:00:00+01:00")]
    public async Task The_next_day_is_computed_from_the_injected_clock_in_Paris(string now, string expected)
    {
        var harness = new Harness();
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var runtime = new ProcessRuntime(harness.Cache, harness.Source, harness.Rules, clock);
        var candidature = new TestSubject("candidature", 1, "avis-a-donner");

        var outcome = await runtime.FireAsync(candidature, "retenir", Retenue, Harness.As("of-general"), TestContext.Current.CancellationToken);

        var eos = outcome.Effects.OfType<EmitEffect>().Single(e => e.MessageType == "eos.candidature-retenue");
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), eos.AvailableAt);
        Assert.Equal(TimeSpan.Zero, eos.AvailableAt!.Value.Offset);
    }

    [Theory]
    [InlineData("PT0S", 0)]
    [InlineData("PT5M", 300)]
    [InlineData("PT2H", 7200)]
    [InlineData("P1D", 86400)]
    [InlineData("P1DT1H1M1S", 90061)]
    public void A_duration_is_added_to_the_transition_time(string text, int seconds)
    {
        var now = new DateTimeOffset(2022, 3, 26, 23, 0, 0, TimeSpan.FromHours(1));

        Assert.True(EmitDelay.TryParse(text, out var delay));

        Assert.Equal(now.AddSeconds(seconds), delay!.AvailableAt(now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("-P1D")]
    [InlineData("PT1.5H")]
    [InlineData("p1d")]
    [InlineData("1 day")]
    [InlineData("demain")]
    public void Anything_else_is_not_a_delay(string text)
    {
        Assert.False(EmitDelay.TryParse(text, out var delay));
        Assert.Null(delay);
    }

    [Fact]
    public async Task A_dry_run_evaluates_the_guards_but_not_the_conditions_and_lists_every_message()
    {
        var harness = new Harness();
        harness.Rules.Fail("candidature.financement-region", "AVIS-09", "Pas la Région (AVIS-09).");
        var candidature = new TestSubject("candidature", 1, "avis-a-donner");

        var outcome = await harness.Runtime.CheckAsync(candidature, "retenir", Retenue, Harness.As("of-general"), TestContext.Current.CancellationToken);

        Assert.Equal(["agora.avis", "kairos.avis", "eos.candidature-retenue"], outcome.Effects.OfType<EmitEffect>().Select(e => e.MessageType));
        Assert.Equal(["candidature.avis"], harness.Rules.Calls.Select(c => c.RuleSet));
        Assert.Equal("avis-a-donner", candidature.Status);
    }

    [Fact]
    public async Task A_condition_missing_an_input_is_the_caller_s_bug_and_leaves_the_status_unchanged()
    {
        var harness = new Harness();
        var runtime = new ProcessRuntime(harness.Cache, harness.Source, new MissingInputEvaluator(), harness.Time);
        var candidature = new TestSubject("candidature", 1, "avis-a-donner");

        var error = await Assert.ThrowsAsync<WorkflowDataException>(() =>
            runtime.FireAsync(candidature, "retenir", Retenue, Harness.As("of-general"), TestContext.Current.CancellationToken).AsTask());

        Assert.Contains("La condition « candidature.financement-region » du message « agora.avis » ne peut pas être évaluée", error.Message, StringComparison.Ordinal);
        Assert.Contains("prescripteur", error.Message, StringComparison.Ordinal);
        Assert.Equal("avis-a-donner", candidature.Status);
    }

    /// <summary>Allows the guards and finds the conditions' inputs missing, as the real evaluator reports it.</summary>
    private sealed class MissingInputEvaluator : IRuleEvaluator
    {
        public ValueTask<RuleVerdict> EvaluateAsync(string ruleSet, RuleInputs inputs, CancellationToken cancellationToken = default) =>
            ruleSet is "candidature.avis"
                ? ValueTask.FromResult(RuleVerdict.Allowed)
                : throw new ArgumentException("L'entrée « prescripteur » manque.", nameof(inputs));
    }
}
