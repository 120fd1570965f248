using Rafael.Workflows.Definitions;

namespace Rafael.Workflows.Runtime;

/// <summary>
/// What Stateless does when one transition is taken from one state: the states it writes, in order, and the effects
/// (exits it runs, the transition's own, entries it runs). It depends only on the definition, so it is computed once
/// by a real Stateless machine on a shadow state, then replayed by every command.
/// </summary>
internal sealed class TransitionPlan
{
    private TransitionPlan(string[] stateWrites, EffectDefinition[] effects)
    {
        StateWrites = stateWrites;
        Effects = effects;
    }

    /// <summary>The values Stateless gave the state accessor, in order (none for an internal transition).</summary>
    public IReadOnlyList<string> StateWrites { get; }

    /// <summary>The exit effects, the transition's effects, then the entry effects.</summary>
    public IReadOnlyList<EffectDefinition> Effects { get; }

    public static TransitionPlan Run(CompiledDefinition compiled, string from, int index)
    {
        var transition = compiled.Definition.Transitions[index];
        var shadow = from;
        var writes = new List<string>();
        var exits = new List<EffectDefinition>();
        var entries = new List<EffectDefinition>();
        var machine = MachineFactory.ForCommand(
            compiled,
            () => shadow,
            s =>
            {
                shadow = s;
                writes.Add(s);
            },
            index,
            exits,
            entries);
        machine.Fire(transition.Trigger);
        return new TransitionPlan([.. writes], [.. exits, .. transition.Effects, .. entries]);
    }
}
