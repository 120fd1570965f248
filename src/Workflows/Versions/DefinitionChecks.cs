using Rafael.Workflows.Definitions;
using Rafael.Workflows.Runtime;

namespace Rafael.Workflows.Versions;

/// <summary>The checks of <see cref="DefinitionValidator.Validate"/> on one definition.</summary>
internal sealed class DefinitionChecks(ProcessDefinition definition, IReadOnlyCollection<string>? knownRuleSets)
{
    private const string SystemRole = "systeme";
    private readonly List<DefinitionError> _errors = [];
    private readonly Dictionary<string, StateDefinition> _states = [];
    private readonly Dictionary<string, TriggerDefinition> _triggers = [];

    public IReadOnlyList<DefinitionError> Run()
    {
        IndexStates();
        IndexTriggers();
        CheckParents();
        CheckState("initialState", definition.InitialState, mustBeLeaf: true);
        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            CheckTransition(i, definition.Transitions[i]);
        }

        foreach (var state in definition.States)
        {
            CheckEffects($"states[{state.Id}].entry", state.Entry);
            CheckEffects($"states[{state.Id}].exit", state.Exit);
        }

        CheckDuplicates();
        if (_errors.Count == 0)
        {
            CheckReachability();
        }

        return _errors;
    }

    private void IndexStates()
    {
        foreach (var state in definition.States)
        {
            if (!_states.TryAdd(state.Id, state))
            {
                Error($"states[{state.Id}]", $"L'état « {state.Id} » est défini deux fois.");
            }
        }

        foreach (var label in definition.States.GroupBy(s => s.Label).Where(g => g.Count() > 1))
        {
            Error("states", $"Plusieurs états portent le libellé « {label.Key} » : les schémas ne les distingueraient pas.");
        }
    }

    private void IndexTriggers()
    {
        foreach (var trigger in definition.Triggers)
        {
            if (!_triggers.TryAdd(trigger.Id, trigger))
            {
                Error($"triggers[{trigger.Id}]", $"L'action « {trigger.Id} » est définie deux fois.");
            }

            if (trigger.Parameters.Select(p => p.Name).Distinct().Count() != trigger.Parameters.Count)
            {
                Error($"triggers[{trigger.Id}]", $"L'action « {trigger.Id} » a deux paramètres de même nom.");
            }
        }
    }

    private void CheckParents()
    {
        foreach (var state in definition.States.Where(s => s.Parent is not null))
        {
            if (!_states.ContainsKey(state.Parent!))
            {
                Error($"states[{state.Id}].parent", $"L'état parent « {state.Parent} » n'existe pas.");
                continue;
            }

            var seen = new HashSet<string> { state.Id };
            for (var parent = state.Parent; parent is not null; parent = _states.GetValueOrDefault(parent)?.Parent)
            {
                if (!seen.Add(parent))
                {
                    Error($"states[{state.Id}].parent", $"L'état « {state.Id} » est son propre ancêtre.");
                    break;
                }
            }
        }
    }

    private void CheckTransition(int index, TransitionDefinition transition)
    {
        var at = $"transitions[{index}]";
        foreach (var from in transition.From)
        {
            CheckState($"{at}.from", from, mustBeLeaf: false);
        }

        if (transition.To is not null)
        {
            CheckState($"{at}.to", transition.To, mustBeLeaf: true);
        }

        if (!_triggers.TryGetValue(transition.Trigger, out var trigger))
        {
            Error($"{at}.trigger", $"L'action « {transition.Trigger} » n'est pas définie.");
        }
        else
        {
            foreach (var name in transition.When.Keys.Where(n => trigger.Parameters.All(p => p.Name != n)))
            {
                Error($"{at}.when", $"La condition porte sur « {name} », qui n'est pas un paramètre de l'action « {trigger.Id} ».");
            }
        }

        if (knownRuleSets is not null)
        {
            foreach (var guard in transition.Guards.Where(g => !knownRuleSets.Contains(g)))
            {
                Error($"{at}.guards", $"Le jeu de règles « {guard} » n'existe pas.");
            }
        }

        CheckEffects($"{at}.effects", transition.Effects);
    }

    private void CheckEffects(string at, IReadOnlyList<EffectDefinition> effects)
    {
        for (var i = 0; i < effects.Count; i++)
        {
            if (effects[i].Type == EffectType.Emit)
            {
                CheckEmit($"{at}[{i}]", effects[i]);
            }
        }

        foreach (var effect in effects.Where(e => e.Type == EffectType.SetDeadline))
        {
            if (!DueTimeExpression.TryParse(effect.DueAt, out _))
            {
                Error(at, $"L'échéance « {effect.Deadline} » a une date d'échéance illisible : « {effect.DueAt} ».");
            }

            if (effect.Trigger is null || !_triggers.ContainsKey(effect.Trigger))
            {
                Error(at, $"L'échéance « {effect.Deadline} » déclenche l'action « {effect.Trigger} », qui n'est pas définie.");
            }
            else if (!definition.Transitions.Any(t => t.Trigger == effect.Trigger && t.Roles.Contains(SystemRole)))
            {
                Error(at, $"L'échéance « {effect.Deadline} » déclenche « {effect.Trigger} », qu'aucune transition n'ouvre au rôle « {SystemRole} ».");
            }
        }
    }

    private void CheckEmit(string at, EffectDefinition effect)
    {
        if (effect.When is not null && knownRuleSets is not null && !knownRuleSets.Contains(effect.When))
        {
            Error($"{at}.when", $"Le message « {effect.Message} » est émis sous la condition « {effect.When} », qui n'est pas un jeu de règles existant.");
        }

        if (effect.Delay is not null && !EmitDelay.TryParse(effect.Delay, out _))
        {
            Error($"{at}.delay", $"Le délai « {effect.Delay} » du message « {effect.Message} » n'est pas une durée ISO 8601 en jours, heures, minutes ou secondes (PT0S, PT5M, P1D) ni « {EmitDelay.NextDay} ».");
        }
    }

    private void CheckState(string at, string id, bool mustBeLeaf)
    {
        if (!_states.ContainsKey(id))
        {
            Error(at, $"L'état « {id} » n'existe pas.");
        }
        else if (mustBeLeaf && definition.States.Any(s => s.Parent == id))
        {
            Error(at, $"L'état « {id} » contient des sous-états : visez l'un d'eux.");
        }
    }

    private void CheckDuplicates()
    {
        var transitions = definition.Transitions;
        for (var j = 0; j < transitions.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (Duplicates(transitions[i], transitions[j]))
                {
                    Error($"transitions[{j}]", $"La transition « {transitions[j].Trigger} » depuis « {string.Join(", ", transitions[j].From)} » double la transition n°{i} : elle ne serait jamais prise.");
                }
            }
        }
    }

    private static bool Duplicates(TransitionDefinition a, TransitionDefinition b) =>
        a.Trigger == b.Trigger
        && a.From.Intersect(b.From).Any()
        && a.Roles.Intersect(b.Roles).Any()
        && a.Guards.ToHashSet().SetEquals(b.Guards)
        && a.When.Count == b.When.Count
        && a.When.All(w => b.When.TryGetValue(w.Key, out var other) && other.GetRawText() == w.Value.GetRawText());

    private void CheckReachability()
    {
        var reached = new HashSet<string> { definition.InitialState };
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var state))
        {
            var lineage = Lineage(state);
            foreach (var transition in definition.Transitions.Where(t => t.To is not null && t.From.Any(lineage.Contains)))
            {
                if (reached.Add(transition.To!))
                {
                    queue.Enqueue(transition.To!);
                }
            }
        }

        foreach (var state in reached.ToList())
        {
            reached.UnionWith(Lineage(state));
        }

        foreach (var state in definition.States.Where(s => !reached.Contains(s.Id)))
        {
            Error($"states[{state.Id}]", $"L'état « {state.Label} » n'est jamais atteint depuis l'état initial.");
        }
    }

    private HashSet<string> Lineage(string state)
    {
        var lineage = new HashSet<string>();
        for (string? s = state; s is not null && lineage.Add(s); s = _states.GetValueOrDefault(s)?.Parent)
        {
        }

        return lineage;
    }

    private void Error(string location, string message) => _errors.Add(new DefinitionError(location, message));
}
