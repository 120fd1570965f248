using Xunit;
using Rafael.Workflows.Definitions;
using Rafael.Workflows.Runtime;
using Rafael.Workflows.Tests.Support;
using Rafael.Workflows.Versions;

namespace Rafael.Workflows.Tests.Runtime;

public sealed class TransitionTableTests
{
    private static readonly IReadOnlyList<ProcessDefinition> Shipped =
        [.. new EmbeddedDefinitionSource().ListPublishedAsync().AsTask().Result.Select(v => v.Definition)];

    public static TheoryData<string> Rows() => new(TransitionTable.Rows);

    public static TheoryData<string> DefinitionNames() => new(Shipped.Select(d => d.Name));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_row_of_the_table_is_what_the_runtime_does(string text)
    {
        var row = TransitionRow.Parse(text);
        var harness = new Harness();
        foreach (var ruleSet in row.FailingRuleSets)
        {
            harness.Rules.Fail(ruleSet, RuleIdOf(ruleSet), $"Refus du jeu de règles {ruleSet}.");
        }

        var definition = Shipped.Single(d => d.Name == row.Definition);
        var trigger = definition.Triggers.SingleOrDefault(t => t.Id == row.Trigger);
        var subject = new TestSubject(row.Definition, 1, row.State);

        var outcome = await harness.Runtime.FireAsync(subject, row.Trigger, trigger is null ? new Dictionary<string, object?>() : row.TypedArguments(trigger), Harness.As(row.Roles), TestContext.Current.CancellationToken);

        if (row.RefusalId is not null)
        {
            Assert.False(outcome.IsAllowed, row.ToString());
            Assert.Equal(row.RefusalId, outcome.Refusals[0].RuleId);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Refusals[0].Message));
            Assert.Equal(row.State, subject.Status);
            Assert.Empty(outcome.Effects);
        }
        else
        {
            Assert.True(outcome.IsAllowed, $"{row}: {string.Join(" ; ", outcome.Refusals)}");
            var expected = row.Target == "=" ? row.State : row.Target!;
            Assert.Equal(expected, subject.Status);
            Assert.Equal(new { From = row.State, To = expected, row.Trigger }, new { outcome.Transition!.From, outcome.Transition.To, outcome.Transition.Trigger });
        }
    }

    [Theory]
    [MemberData(nameof(DefinitionNames))]
    public void Every_transition_of_a_definition_is_taken_by_a_row_of_the_table(string name)
    {
        var definition = Shipped.Single(d => d.Name == name);
        var rows = TransitionTable.Rows.Select(TransitionRow.Parse).Where(r => r.Definition == name && r.RefusalId is null).ToList();
        var missing = new List<string>();
        foreach (var transition in definition.Transitions)
        {
            foreach (var from in transition.From)
            {
                var covered = rows.Any(r => r.Trigger == transition.Trigger
                    && Lineage(definition, r.State).Contains(from)
                    && r.Roles.Intersect(transition.Roles).Any()
                    && (r.Target == "=" ? transition.To is null : r.Target == transition.To));
                if (!covered)
                {
                    missing.Add($"{from} --{transition.Trigger}--> {transition.To ?? "="}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(DefinitionNames))]
    public async Task Every_state_and_trigger_without_a_transition_is_refused_as_not_permitted_in_the_state(string name)
    {
        var definition = Shipped.Single(d => d.Name == name);
        var harness = new Harness();
        var everyRole = definition.Transitions.SelectMany(t => t.Roles).Distinct().ToArray();
        var checkedPairs = 0;
        foreach (var state in definition.States.Where(s => definition.States.All(c => c.Parent != s.Id)))
        {
            var lineage = Lineage(definition, state.Id);
            foreach (var trigger in definition.Triggers)
            {
                var subject = new TestSubject(name, 1, state.Id);
                var arguments = TransitionRow.Parse($"{name} | {state.Id} | {trigger.Id} | | | | ! x").TypedArguments(trigger);
                var hasTransition = definition.Transitions.Any(t => t.Trigger == trigger.Id && t.From.Any(lineage.Contains));
                if (hasTransition)
                {
                    var stranger = await harness.Runtime.FireAsync(subject, trigger.Id, arguments, Harness.As("inconnu"), TestContext.Current.CancellationToken);
                    Assert.Equal(WorkflowRefusalIds.Role, Assert.Single(stranger.Refusals).RuleId);
                    continue;
                }

                var outcome = await harness.Runtime.FireAsync(subject, trigger.Id, arguments, Harness.As(everyRole), TestContext.Current.CancellationToken);
                Assert.Equal(WorkflowRefusalIds.State, Assert.Single(outcome.Refusals).RuleId);
                Assert.Contains(state.Label, outcome.Refusals[0].Message, StringComparison.Ordinal);
                Assert.Equal(state.Id, subject.Status);
                checkedPairs++;
            }
        }

        Assert.True(checkedPairs > 0);
    }

    private static HashSet<string> Lineage(ProcessDefinition definition, string state)
    {
        var lineage = new HashSet<string>();
        for (string? s = state; s is not null; s = definition.States.Single(x => x.Id == s).Parent)
        {
            lineage.Add(s);
        }

        return lineage;
    }

    private static string RuleIdOf(string ruleSet) => ruleSet switch
    {
        "candidature.preinscription" => "CAND-03",
        "candidature.convocation" => "AVIS-01",
        "candidature.avis" => "AVIS-02",
        "candidature.avis-hsp" => "AVIS-06",
        "candidature.liste-attente" => "AVIS-05",
        "session.saisie" => "CAT-14",
        "session.suppression" => "CAT-10",
        _ => "CIR-02",
    };
}
