using Microsoft.Extensions.Time.Testing;
using Rafael.Workflows.Tests.Support;
using Rafael.Workflows.Versions;
using Xunit;

namespace Rafael.Workflows.Tests.Runtime;

/// <summary>A command that needs a rule set's verdict asks whether firing evaluates it, on the subject's own version.</summary>
public sealed class GuardQueryTests
{
    private const string Preinscription = "candidature.preinscription";

    private static readonly Dictionary<string, object?> None = [];

    [Fact]
    public async Task Valider_is_guarded_by_the_pre_registration_rule_set_in_the_shipped_definition()
    {
        var harness = new Harness();
        var brouillon = new TestSubject("candidature", 1, "brouillon-prescripteur");

        Assert.True(await harness.Runtime.IsGuardedByAsync(brouillon, "valider", None, ["prescripteur-niveau-2"], Preinscription, TestContext.Current.CancellationToken));
        Assert.False(await harness.Runtime.IsGuardedByAsync(brouillon, "supprimer", None, ["prescripteur-niveau-2"], Preinscription, TestContext.Current.CancellationToken));
        Assert.False(await harness.Runtime.IsGuardedByAsync(brouillon, "valider", None, ["prescripteur-niveau-2"], "Candidature.Preinscription", TestContext.Current.CancellationToken));
        Assert.Empty(harness.Rules.Calls);
    }

    [Fact]
    public async Task One_alternative_without_the_guard_is_enough_to_answer_no()
    {
        var harness = new Harness();
        var convoquee = new TestSubject("candidature", 1, "convoquee");
        var justifiee = Harness.Args(("justifiee", true));

        // A justified absence re-convokes under "candidature.convocation", or ends the candidature with no guard.
        Assert.False(await harness.Runtime.IsGuardedByAsync(convoquee, "enregistrerAbsence", justifiee, ["of-preinscription"], "candidature.convocation", TestContext.Current.CancellationToken));

        // With no transition to fire for these roles, nothing fires without the rule set.
        Assert.True(await harness.Runtime.IsGuardedByAsync(convoquee, "enregistrerAbsence", justifiee, ["prescripteur-niveau-3"], "candidature.convocation", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_version_whose_transition_lost_the_guard_answers_no_and_the_pinned_version_still_answers_yes()
    {
        var time = new FakeTimeProvider(Harness.Today);
        var v1 = (await new EmbeddedDefinitionSource().GetPublishedAsync("candidature", TestContext.Current.CancellationToken))!;
        var source = new InMemoryDefinitionSource([v1], time);
        var sansGarde = v1.Definition with
        {
            Version = v1.Number + 1,
            Transitions = [.. v1.Definition.Transitions.Select(t => t.Trigger == "valider" ? t with { Guards = [] } : t)],
        };
        source.Publish(sansGarde);
        var harness = new Harness(source);

        var ancien = new TestSubject("candidature", v1.Number, "brouillon-prescripteur");
        var nouveau = new TestSubject("candidature", v1.Number + 1, "brouillon-prescripteur");

        Assert.True(await harness.Runtime.IsGuardedByAsync(ancien, "valider", None, ["prescripteur-niveau-3"], Preinscription, TestContext.Current.CancellationToken));
        Assert.False(await harness.Runtime.IsGuardedByAsync(nouveau, "valider", None, ["prescripteur-niveau-3"], Preinscription, TestContext.Current.CancellationToken));

        // Firing the guardless transition indeed evaluates nothing: the caller must.
        var issue = await harness.Runtime.FireAsync(nouveau, "valider", None, Harness.As("prescripteur-niveau-3"), TestContext.Current.CancellationToken);
        Assert.True(issue.IsAllowed);
        Assert.Empty(harness.Rules.Calls);
    }
}
