using System.Text.Json;
using Rafael.Workflows.Definitions;
using Rafael.Workflows.Runtime;
using Rafael.Workflows.Tests.Support;
using Rafael.Workflows.Versions;
using Stateless;
using Xunit;

namespace Rafael.Workflows.Tests.Runtime;

/// <summary>
/// The runtime asks Stateless once what a transition does from a state, then replays it: for every transition of every
/// shipped definition, from every state it applies to, firing must do what a Stateless machine built for the command
/// does (target state, exit, transition and entry effects in order), the first time and the next ones, and dry runs too.
/// </summary>
public sealed class TransitionReplayTests
{
    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var version in new EmbeddedDefinitionSource().ListPublishedAsync().AsTask().GetAwaiter().GetResult())
        {
            var definition = version.Definition;
            foreach (var state in definition.States)
            {
                var lineage = Lineage(definition, state.Id);
                foreach (var trigger in definition.Transitions.Select(t => t.Trigger).Distinct())
                {
                    // Only where one transition applies, so that the reference machine needs no choice of alternative.
                    var applying = definition.Transitions.Select((t, i) => (t, i)).Where(x => x.t.Trigger == trigger && x.t.From.Any(lineage.Contains)).ToList();
                    if (applying.Count == 1)
                    {
                        data.Add(definition.Name, state.Id, applying[0].i);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Firing_does_what_a_Stateless_machine_built_for_the_command_does(string definitionName, string from, int index)
    {
        var harness = new Harness();
        var definition = (await harness.Source.GetPublishedAsync(definitionName, TestContext.Current.CancellationToken))!.Definition;
        var transition = definition.Transitions[index];
        var (expectedState, expectedEffects) = Reference(definition, from, index);
        var arguments = ArgumentsFor(definition, transition);
        var context = Context(definition, transition);

        for (var time = 0; time < 2; time++)
        {
            var check = await harness.Runtime.CheckAsync(new TestSubject(definitionName, definition.Version, from), transition.Trigger, arguments, context, TestContext.Current.CancellationToken);
            var subject = new TestSubject(definitionName, definition.Version, from);
            var outcome = await harness.Runtime.FireAsync(subject, transition.Trigger, arguments, context, TestContext.Current.CancellationToken);

            Assert.True(outcome.IsAllowed, string.Join(" ; ", outcome.Refusals.Select(r => r.Message)));
            Assert.Equal(expectedState, subject.Status);
            Assert.Equal(expectedState, outcome.Transition!.To);
            Assert.Equal(expectedState, check.Transition!.To);
            Assert.Equal(expectedEffects, outcome.Effects.Select(Describe));
            Assert.Equal(expectedEffects, check.Effects.Select(Describe));
        }
    }

    /// <summary>A machine built as the runtime used to build one per command, on a shadow state.</summary>
    private static (string State, List<string> Effects) Reference(ProcessDefinition definition, string from, int chosen)
    {
        var state = from;
        var exits = new List<EffectDefinition>();
        var entries = new List<EffectDefinition>();
        var machine = new StateMachine<string, string>(() => state, s => state = s);
        foreach (var s in definition.States)
        {
            var configuration = machine.Configure(s.Id);
            if (s.Parent is not null)
            {
                configuration.SubstateOf(s.Parent);
            }

            configuration.OnExit(() => exits.AddRange(s.Exit)).OnEntry(() => entries.AddRange(s.Entry));
        }

        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            var t = definition.Transitions[i];
            var open = i == chosen;
            foreach (var f in t.From)
            {
                if (t.To is null)
                {
                    machine.Configure(f).InternalTransitionIf(t.Trigger, _ => open, _ => { });
                }
                else if (t.To == f)
                {
                    machine.Configure(f).PermitReentryIf(t.Trigger, () => open);
                }
                else
                {
                    machine.Configure(f).PermitIf(t.Trigger, t.To, () => open);
                }
            }
        }

        machine.Fire(definition.Transitions[chosen].Trigger);
        return (state, [.. exits.Concat(definition.Transitions[chosen].Effects).Concat(entries).Select(Describe)]);
    }

    private static IReadOnlyDictionary<string, object?> ArgumentsFor(ProcessDefinition definition, TransitionDefinition transition)
    {
        var arguments = new Dictionary<string, object?>();
        foreach (var parameter in definition.Triggers.Single(t => t.Id == transition.Trigger).Parameters)
        {
            if (transition.When.TryGetValue(parameter.Name, out var expected))
            {
                var value = expected.ValueKind == JsonValueKind.Array ? expected[0] : expected;
                arguments[parameter.Name] = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => parameter.Type == ParameterType.Integer ? value.GetInt32() : value.GetDecimal(),
                    _ => value.GetBoolean(),
                };
            }
            else if (parameter.Required)
            {
                arguments[parameter.Name] = parameter.Type switch
                {
                    ParameterType.Integer => 1,
                    ParameterType.Decimal => 1m,
                    ParameterType.Boolean => true,
                    ParameterType.Date => new DateOnly(2022, 9, 1),
                    ParameterType.DateTime => Harness.Today.AddDays(3),
                    ParameterType.Enum => parameter.Values[0],
                    _ => "motif",
                };
            }
        }

        return arguments;
    }

    /// <summary>The transition's roles, and every date and parameter the definition's due times name.</summary>
    private static WorkflowContext Context(ProcessDefinition definition, TransitionDefinition transition)
    {
        var dueTimes = definition.States.SelectMany(s => s.Entry.Concat(s.Exit)).Concat(definition.Transitions.SelectMany(t => t.Effects))
            .Select(e => e.DueAt).OfType<string>().ToList();
        return new WorkflowContext
        {
            Roles = transition.Roles,
            Dates = dueTimes.Select(d => d.Split(['+', '-'])[0].Trim()).Distinct().ToDictionary(d => d, _ => Harness.SessionEnd),
            Parameters = dueTimes.SelectMany(d => d.Split(' ')).Where(w => w.StartsWith("parametre:", StringComparison.Ordinal))
                .Distinct().ToDictionary(w => w["parametre:".Length..], _ => 7m),
        };
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

    private static string Describe(EffectDefinition effect) => effect.Type switch
    {
        EffectType.Notify => $"notify {effect.Template} {string.Join(",", effect.Recipients)}",
        EffectType.Emit => $"emit {effect.Message}",
        EffectType.SetDeadline => $"set {effect.Deadline} {effect.Trigger}",
        _ => $"cancel {effect.Deadline}",
    };

    private static string Describe(WorkflowEffect effect) => effect switch
    {
        NotifyEffect n => $"notify {n.Template} {string.Join(",", n.Recipients)}",
        EmitEffect e => $"emit {e.MessageType}",
        SetDeadlineEffect d => $"set {d.Deadline} {d.Trigger}",
        CancelDeadlineEffect c => $"cancel {c.Deadline}",
        _ => effect.ToString()!,
    };
}
