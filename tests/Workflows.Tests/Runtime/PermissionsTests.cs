using Rafael.Workflows.Tests.Support;
using Xunit;

namespace Rafael.Workflows.Tests.Runtime;

public sealed class PermissionsTests
{
    [Theory]
    [InlineData("brouillon-prescripteur", "prescripteur-niveau-1", "supprimer")]
    [InlineData("brouillon-prescripteur", "prescripteur-niveau-3", "valider supprimer")]
    [InlineData("convoquee", "of-preinscription", "enregistrerPresence enregistrerAbsence")]
    [InlineData("convoquee", "systeme", "suivreSession relancerAvis passerEnAvisNonTransmis annulerSession")]
    [InlineData("refus-session-complete", "of-general", "retenir")]
    [InlineData("non-retenue", "of-general", "")]
    [InlineData("non-retenue", "administrateur", "retenir")]
    public async Task The_UI_offers_the_triggers_the_caller_s_roles_allow_in_the_current_state(string state, string role, string expected)
    {
        var harness = new Harness();
        var candidature = new TestSubject("candidature", 1, state);

        var triggers = await harness.Runtime.PermittedTriggersAsync(candidature, [role], TestContext.Current.CancellationToken);

        Assert.Equal(expected, string.Join(" ", triggers.Select(t => t.Id)));
        Assert.All(triggers, t => Assert.False(string.IsNullOrWhiteSpace(t.Label)));
    }

    [Fact]
    public async Task CanFire_answers_for_one_trigger()
    {
        var harness = new Harness();
        var candidature = new TestSubject("candidature", 1, "avis-a-donner");

        Assert.True(await harness.Runtime.CanFireAsync(candidature, "retenir", ["of-preinscription"], TestContext.Current.CancellationToken));
        Assert.False(await harness.Runtime.CanFireAsync(candidature, "retenir", ["prescripteur-niveau-3"], TestContext.Current.CancellationToken));
        Assert.False(await harness.Runtime.CanFireAsync(candidature, "convoquer", ["of-preinscription"], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_check_says_what_firing_would_do_or_every_reason_why_not_and_changes_nothing()
    {
        var harness = new Harness();
        harness.Rules.Fail("action.publication", "CIR-02", "Le champ « Objectif général » est obligatoire.");
        var action = new TestSubject("action-non-conventionnee", 1, "brouillon");
        var none = new Dictionary<string, object?>();

        var refused = await harness.Runtime.CheckAsync(action, "valider", none, Harness.As("of-catalogue"), TestContext.Current.CancellationToken);
        var allowed = await new Harness().Runtime.CheckAsync(action, "valider", none, Harness.As("of-catalogue"), TestContext.Current.CancellationToken);

        Assert.Equal("Le champ « Objectif général » est obligatoire.", Assert.Single(refused.Refusals).Message);
        Assert.Equal("creee", allowed.Transition!.To);
        Assert.Contains(allowed.Effects, e => e.ToString().Contains("action.a-verifier", StringComparison.Ordinal));
        Assert.Equal("brouillon", action.Status);
    }

    [Fact]
    public async Task Commands_on_many_entities_in_parallel_share_the_compiled_definitions_safely()
    {
        var harness = new Harness();
        var candidatures = Enumerable.Range(0, 200).Select(_ => new TestSubject("candidature", 1, "convoquee")).ToList();

        await Parallel.ForEachAsync(candidatures, TestContext.Current.CancellationToken, async (candidature, token) =>
        {
            var arguments = new Dictionary<string, object?> { ["justifiee"] = candidature.GetHashCode() % 2 == 0 };
            await harness.Runtime.FireAsync(candidature, "enregistrerAbsence", arguments, Harness.As("of-preinscription"), token);
        });

        Assert.All(candidatures, c => Assert.Contains(c.Status, (string[])["a-convoquer", "non-retenue"]));
        Assert.Equal(candidatures.Count(c => c.GetHashCode() % 2 == 0), candidatures.Count(c => c.Status == "a-convoquer"));
    }
}
