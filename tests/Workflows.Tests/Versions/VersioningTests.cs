using Rafael.Workflows.Definitions;
using Rafael.Workflows.Runtime;
using Rafael.Workflows.Tests.Support;
using Rafael.Workflows.Versions;
using Xunit;

namespace Rafael.Workflows.Tests.Versions;

public sealed class VersioningTests
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    [Fact]
    public async Task An_entity_started_on_v1_keeps_v1_behaviour_after_v2_is_published()
    {
        var source = await SeededAsync();
        var harness = new Harness(source);
        var before = new TestSubject();
        await harness.Runtime.StartAsync(before, "demande-compte", Harness.As(), TestContext.Current.CancellationToken);

        source.Publish(OnlyAdministratorsDecide());
        var after = new TestSubject();
        await harness.Runtime.StartAsync(after, "demande-compte", Harness.As(), TestContext.Current.CancellationToken);

        var onV1 = await harness.Runtime.FireAsync(before, "accepter", None, Harness.As("referent"), TestContext.Current.CancellationToken);
        var onV2 = await harness.Runtime.FireAsync(after, "accepter", None, Harness.As("referent"), TestContext.Current.CancellationToken);
        Assert.Equal((1, "acceptee"), (before.DefinitionVersion, before.Status));
        Assert.True(onV1.IsAllowed);
        Assert.Equal((2, "en-attente"), (after.DefinitionVersion, after.Status));
        Assert.Equal(WorkflowRefusalIds.Role, Assert.Single(onV2.Refusals).RuleId);
    }

    [Fact]
    public async Task Publishing_must_follow_the_last_version()
    {
        var source = await SeededAsync();

        var error = Assert.Throws<InvalidOperationException>(() => source.Publish(OnlyAdministratorsDecide() with { Version = 5 }));

        Assert.Contains("ne suit pas", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await source.GetPublishedAsync("demande-compte", TestContext.Current.CancellationToken))!.Number);
    }

    [Fact]
    public async Task The_dry_run_lists_who_can_move_and_why_not_then_the_apply_step_moves_only_them()
    {
        var source = await SeededAsync();
        var v1 = (await source.GetPublishedAsync("candidature", TestContext.Current.CancellationToken))!.Definition;
        source.Publish(v1 with
        {
            Version = 2,
            States = [.. v1.States.Where(s => s.Id != "refus-session-complete")],
            Transitions = [.. v1.Transitions
                .Where(t => t.To != "refus-session-complete")
                .Select(t => t with { From = [.. t.From.Where(f => f != "refus-session-complete")] })],
        });
        var harness = new Harness(source);
        var planner = new MigrationPlanner(harness.Cache);
        var waiting = new TestSubject("candidature", 1, "convoquee");
        var waitingList = new TestSubject("candidature", 1, "refus-session-complete");
        var session = new TestSubject("session", 1, "ouverte");

        var plan = await planner.PlanAsync("candidature", 2, [waiting, waitingList, session], TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                (true, (string?)null),
                (false, "L'état « refus-session-complete » n'existe pas dans la version 2."),
                (false, "L'entité suit la définition « session », pas « candidature »."),
            ],
            plan.Items.Select(i => (i.CanMove, i.Reason)));
        Assert.Equal(1, waiting.DefinitionVersion);

        var left = await planner.ApplyAsync(plan, TestContext.Current.CancellationToken);

        Assert.Equal((2, "convoquee"), (waiting.DefinitionVersion, waiting.Status));
        Assert.Equal(1, waitingList.DefinitionVersion);
        Assert.Equal([waitingList, session], left.Select(i => i.Subject));
    }

    [Fact]
    public async Task An_entity_moved_by_a_migration_follows_its_new_version()
    {
        var source = await SeededAsync();
        source.Publish(OnlyAdministratorsDecide());
        var harness = new Harness(source);
        var request = new TestSubject("demande-compte", 1, "en-attente");
        var planner = new MigrationPlanner(harness.Cache);

        await planner.ApplyAsync(await planner.PlanAsync("demande-compte", 2, [request], TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var outcome = await harness.Runtime.FireAsync(request, "accepter", None, Harness.As("referent"), TestContext.Current.CancellationToken);

        Assert.Equal(WorkflowRefusalIds.Role, Assert.Single(outcome.Refusals).RuleId);
    }

    private static async Task<InMemoryDefinitionSource> SeededAsync() =>
        new(await new EmbeddedDefinitionSource().ListPublishedAsync(), TimeProvider.System);

    private static ProcessDefinition OnlyAdministratorsDecide()
    {
        var v1 = new EmbeddedDefinitionSource().GetPublishedAsync("demande-compte").AsTask().Result!.Definition;
        return v1 with { Version = 2, Transitions = [.. v1.Transitions.Select(t => t with { Roles = ["administrateur"] })] };
    }
}
