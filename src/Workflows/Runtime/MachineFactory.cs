using Rafael.Workflows.Definitions;
using Stateless;

namespace Rafael.Workflows.Runtime;

/// <summary>
/// Builds Stateless machines from a compiled definition. A machine is built per command and thrown away: Stateless
/// is not thread-safe, while the compiled definition it reads is immutable and shared.
/// </summary>
internal static class MachineFactory
{
    /// <summary>
    /// A machine whose state lives in the caller's accessor, where only the chosen transition's guard is open, and
    /// that records the exit and entry effects Stateless runs (it knows which superstates are left or entered).
    /// </summary>
    public static StateMachine<string, string> ForCommand(
        CompiledDefinition compiled,
        Func<string> getState,
        Action<string> setState,
        int chosen,
        List<EffectDefinition> exits,
        List<EffectDefinition> entries)
    {
        var machine = new StateMachine<string, string>(getState, setState);
        foreach (var state in compiled.Definition.States)
        {
            var configuration = Configure(machine, state);
            configuration.OnExit(() => exits.AddRange(state.Exit), $"sortie de {state.Id}");
            configuration.OnEntry(() => entries.AddRange(state.Entry), $"entrée dans {state.Id}");
        }

        AddTransitions(machine, compiled.Definition, index => () => index == chosen);
        return machine;
    }

    /// <summary>A machine in the given state whose guards are the role checks only.</summary>
    public static StateMachine<string, string> ForRoles(CompiledDefinition compiled, string status, IReadOnlyCollection<string> roles)
    {
        var machine = new StateMachine<string, string>(status);
        foreach (var state in compiled.Definition.States)
        {
            Configure(machine, state);
        }

        AddTransitions(machine, compiled.Definition, index =>
        {
            var allowed = compiled.Definition.Transitions[index].Roles.Intersect(roles).Any();
            return () => allowed;
        });
        return machine;
    }

    private static StateMachine<string, string>.StateConfiguration Configure(StateMachine<string, string> machine, StateDefinition state)
    {
        var configuration = machine.Configure(state.Id);
        if (state.Parent is not null)
        {
            configuration.SubstateOf(state.Parent);
        }

        return configuration;
    }

    private static void AddTransitions(StateMachine<string, string> machine, ProcessDefinition definition, Func<int, Func<bool>> guardOf)
    {
        for (var index = 0; index < definition.Transitions.Count; index++)
        {
            var transition = definition.Transitions[index];
            var guard = guardOf(index);
            var description = $"transition n°{index}";
            foreach (var from in transition.From)
            {
                var configuration = machine.Configure(from);
                if (transition.To is null)
                {
                    configuration.InternalTransitionIf(transition.Trigger, _ => guard(), _ => { }, description);
                }
                else if (transition.To == from)
                {
                    configuration.PermitReentryIf(transition.Trigger, guard, description);
                }
                else
                {
                    configuration.PermitIf(transition.Trigger, transition.To, guard, description);
                }
            }
        }
    }
}
