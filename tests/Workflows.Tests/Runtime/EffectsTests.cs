using Rafael.Workflows.Runtime;
using Rafael.Workflows.Tests.Support;
using Xunit;

namespace Rafael.Workflows.Tests.Runtime;

public sealed class EffectsTests
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    [Fact]
    public async Task A_validated_candidature_notifies_the_OF_and_sets_the_AVIS_07_deadlines_from_the_session_end()
    {
        var harness = new Harness();
        var candidature = new TestSubject("candidature", 1, "brouillon-prescripteur");

        var outcome = await harness.Runtime.FireAsync(candidature, "valider", None, Harness.As("prescripteur-niveau-3"), TestContext.Current.CancellationToken);

        Assert.Equal(
            Describe(
                new NotifyEffect("candidature.recue", ["of-responsable", "of-positionneur"]),
                new SetDeadlineEffect("relance-avis", "relancerAvis", Harness.SessionEnd.AddDays(14)),
                new SetDeadlineEffect("avis-non-transmis", "passerEnAvisNonTransmis", Harness.SessionEnd.AddDays(21))
            ),
            Describe(outcome.Effects));
        Assert.Equal(Harness.Today, outcome.Transition!.OccurredAt);
    }

    [Fact]
    public async Task The_due_time_follows_the_dispositif_parameter_and_the_clock_does_not_move_it()
    {
        var harness = new Harness();
        harness.Time.Advance(TimeSpan.FromDays(30));
        var candidature = new TestSubject("candidature", 1, "brouillon-prescripteur");
        var context = Harness.As("prescripteur-niveau-2") with { Parameters = new Dictionary<string, decimal> { ["joursAvisNonTransmisApresFin"] = 28, ["joursRelanceApresFin"] = 14 } };

        var outcome = await harness.Runtime.FireAsync(candidature, "valider", None, context, TestContext.Current.CancellationToken);

        var deadline = outcome.Effects.OfType<SetDeadlineEffect>().Single(d => d.Deadline == "avis-non-transmis");
        Assert.Equal(new DateTimeOffset(2022, 7, 28, 0, 0, 0, TimeSpan.FromHours(2)), deadline.DueAt);
        Assert.Equal(Harness.Today.AddDays(30), outcome.Transition!.OccurredAt);
    }

    [Fact]
    public async Task Moving_between_the_steps_of_En_attente_keeps_the_deadlines()
    {
        var harness = new Harness();
        var candidature = new TestSubject("candidature", 1, "a-convoquer");
        var arguments = Harness.Args(("dateConvocation", Harness.Today.AddDays(3)));

        var outcome = await harness.Runtime.FireAsync(candidature, "convoquer", arguments, Harness.As("of-preinscription"), TestContext.Current.CancellationToken);

        Assert.Empty(outcome.Effects);
        Assert.Equal("convoquee", candidature.Status);
    }

    [Fact]
    public async Task A_retained_candidature_cancels_the_deadlines_then_notifies_and_emits_to_the_partners()
    {
        var harness = new Harness();
        var candidature = new TestSubject("candidature", 1, "avis-a-donner");
        var arguments = Harness.Args(("dateEntree", new DateOnly(2022, 9, 1)), ("dateSortie", new DateOnly(2022, 12, 16)), ("intensiteHebdomadaire", 35));

        var outcome = await harness.Runtime.FireAsync(candidature, "retenir", arguments, Harness.As("of-general"), TestContext.Current.CancellationToken);

        Assert.Equal(
            Describe(
                new CancelDeadlineEffect("relance-avis"),
                new CancelDeadlineEffect("avis-non-transmis"),
                new NotifyEffect("candidature.avis-donne", ["prescripteur"]),
                new EmitEffect("agora.avis"),
                new EmitEffect("kairos.avis"),
                new EmitEffect("eos.candidature-retenue", new DateTimeOffset(2022, 4, 10, 0, 0, 0, TimeSpan.FromHours(2)).ToUniversalTime())
            ),
            Describe(outcome.Effects));
        Assert.Same(arguments, outcome.Transition!.Arguments);
    }

    [Fact]
    public async Task The_reminder_is_an_internal_transition_that_only_alerts_the_OF()
    {
        var harness = new Harness();
        var candidature = new TestSubject("candidature", 1, "avis-a-donner");

        var outcome = await harness.Runtime.FireAsync(candidature, "relancerAvis", None, Harness.As("systeme"), TestContext.Current.CancellationToken);

        Assert.Equal("avis-a-donner", candidature.Status);
        Assert.Equal(Describe(new NotifyEffect("candidature.avis-non-transmis-dans-7-jours", ["of-responsable", "of-positionneur"])), Describe(outcome.Effects));
    }

    [Fact]
    public async Task A_new_session_starts_open_with_its_closing_and_end_deadlines()
    {
        var harness = new Harness();
        var session = new TestSubject();

        var start = await harness.Runtime.StartAsync(session, "session", Harness.As(), TestContext.Current.CancellationToken);

        Assert.Equal(("session", 1, "ouverte"), (session.DefinitionName, session.DefinitionVersion, session.Status));
        Assert.Equal(
            Describe(
                new SetDeadlineEffect("fermeture-candidatures", "fermerCandidatures", Harness.RegistrationLimit.AddDays(1)),
                new SetDeadlineEffect("fin-session", "terminer", Harness.SessionEnd.AddDays(1))
            ),
            Describe(start.Effects));
    }

    [Fact]
    public async Task A_missing_date_is_the_caller_s_bug_and_leaves_the_status_unchanged()
    {
        var harness = new Harness();
        var candidature = new TestSubject("candidature", 1, "brouillon-prescripteur");
        var context = new WorkflowContext { Roles = ["prescripteur-niveau-3"], Parameters = new Dictionary<string, decimal> { ["joursAvisNonTransmisApresFin"] = 21, ["joursRelanceApresFin"] = 14 } };

        var error = await Assert.ThrowsAsync<WorkflowDataException>(() =>
            harness.Runtime.FireAsync(candidature, "valider", None, context, TestContext.Current.CancellationToken).AsTask());

        Assert.Contains("session.dateFin", error.Message, StringComparison.Ordinal);
        Assert.Equal("brouillon-prescripteur", candidature.Status);
    }

    [Fact]
    public async Task Guards_receive_the_caller_s_inputs_and_the_trigger_s_arguments()
    {
        var harness = new Harness();
        var candidature = new TestSubject("candidature", 1, "avis-a-donner");
        var context = Harness.As("of-preinscription") with { RuleInputs = new() { ["session"] = "S1" } };
        var arguments = Harness.Args(("motif", "autres"), ("raison", "Projet à revoir"));

        await harness.Runtime.FireAsync(candidature, "nePasRetenir", arguments, context, TestContext.Current.CancellationToken);

        // The guard, then the conditions of the messages of Non retenue (AVIS-09), all on the same inputs.
        Assert.Equal(["candidature.avis", "candidature.financement-region", "candidature.prescription-france-travail"], harness.Rules.Calls.Select(c => c.RuleSet));
        Assert.All(harness.Rules.Calls, call =>
        {
            Assert.Equal("S1", call.Inputs["session"]);
            Assert.Same(arguments, call.Inputs[ProcessRuntime.ArgumentsInput]);
        });
    }

    [Theory]
    [InlineData("motif", "motif-inconnu", "n'est pas une valeur possible")]
    [InlineData("motif", 3, "n'a pas le bon type")]
    [InlineData("inattendu", "x", "n'est pas attendu")]
    public async Task Wrong_arguments_are_refused_before_any_guard(string name, object value, string expected)
    {
        var harness = new Harness();
        var candidature = new TestSubject("candidature", 1, "avis-a-donner");
        var arguments = new Dictionary<string, object?> { ["motif"] = "autres", [name] = value };

        var outcome = await harness.Runtime.FireAsync(candidature, "nePasRetenir", arguments, Harness.As("of-preinscription"), TestContext.Current.CancellationToken);

        var refusal = Assert.Single(outcome.Refusals);
        Assert.Equal(WorkflowRefusalIds.Parameter, refusal.RuleId);
        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Rules.Calls);
    }

    [Fact]
    public async Task A_comment_over_250_characters_is_refused_AVIS_03()
    {
        var harness = new Harness();
        var candidature = new TestSubject("candidature", 1, "avis-a-donner");
        var arguments = Harness.Args(("motif", "autres"), ("commentaire", new string('x', 251)));

        var outcome = await harness.Runtime.FireAsync(candidature, "nePasRetenir", arguments, Harness.As("of-preinscription"), TestContext.Current.CancellationToken);

        Assert.Equal("« Commentaire » dépasse 250 caractères.", Assert.Single(outcome.Refusals).Message);
    }

    // Records compare their lists by reference: effects are compared through a text that spells the lists out.
    private static string[] Describe(params IEnumerable<WorkflowEffect> effects) =>
        [.. effects.Select(e => e is NotifyEffect notify ? $"notify {notify.Template} → {string.Join(", ", notify.Recipients)}" : e.ToString())];
}
