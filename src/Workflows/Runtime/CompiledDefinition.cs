using System.Collections.Concurrent;
using Rafael.Workflows.Definitions;
using Rafael.Workflows.Versions;

namespace Rafael.Workflows.Runtime;

/// <summary>A checked definition with its look-ups precomputed; immutable, so shared by every command.</summary>
internal sealed class CompiledDefinition
{
    private readonly Dictionary<string, HashSet<string>> _lineage;
    private readonly Dictionary<(string State, string Trigger), (int Index, TransitionDefinition Transition)[]> _candidates;
    private readonly ConcurrentDictionary<(string From, int Index), TransitionPlan> _plans = new();

    private CompiledDefinition(ProcessDefinition definition)
    {
        Definition = definition;
        States = definition.States.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Triggers = definition.Triggers.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _lineage = definition.States.ToDictionary(s => s.Id, s => BuildLineage(s.Id), StringComparer.Ordinal);
        DueTimes = definition.States.SelectMany(s => s.Entry.Concat(s.Exit))
            .Concat(definition.Transitions.SelectMany(t => t.Effects))
            .Where(e => e.Type == EffectType.SetDeadline)
            .Select(e => e.DueAt!)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(text => text, Parse, StringComparer.Ordinal);
        Delays = definition.States.SelectMany(s => s.Entry.Concat(s.Exit))
            .Concat(definition.Transitions.SelectMany(t => t.Effects))
            .Where(e => e.Type == EffectType.Emit && e.Delay is not null)
            .Select(e => e.Delay!)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(text => text, ParseDelay, StringComparer.Ordinal);
        _candidates = definition.States
            .SelectMany(s => definition.Transitions.Select(t => t.Trigger).Distinct(StringComparer.Ordinal), (s, trigger) => (s.Id, trigger))
            .ToDictionary(key => key, key => FindCandidates(key.Id, key.trigger).ToArray());
    }

    public ProcessDefinition Definition { get; }

    public IReadOnlyDictionary<string, StateDefinition> States { get; }

    public IReadOnlyDictionary<string, TriggerDefinition> Triggers { get; }

    public IReadOnlyDictionary<string, DueTimeExpression> DueTimes { get; }

    public IReadOnlyDictionary<string, EmitDelay> Delays { get; }

    public static CompiledDefinition Compile(ProcessDefinition definition)
    {
        var errors = DefinitionValidator.Validate(definition);
        if (errors.Count > 0)
        {
            throw new InvalidDefinitionException(definition.Name, definition.Version, errors);
        }

        return new CompiledDefinition(definition);
    }

    /// <summary>The transitions of a trigger that apply in a state (declared on it or on an ancestor), in definition order.</summary>
    public IReadOnlyList<(int Index, TransitionDefinition Transition)> Candidates(string state, string trigger) =>
        _candidates.TryGetValue((state, trigger), out var candidates) ? candidates : FindCandidates(state, trigger);

    /// <summary>What Stateless does for this transition from this state; computed once, then shared by every command.</summary>
    public TransitionPlan Plan(string from, int index) =>
        _plans.TryGetValue((from, index), out var plan) ? plan : _plans.GetOrAdd((from, index), TransitionPlan.Run(this, from, index));

    /// <summary>The ancestors of a state then the state itself, outermost first.</summary>
    public IEnumerable<StateDefinition> OutermostFirst(string state)
    {
        var chain = new List<StateDefinition>();
        for (var s = States[state]; s is not null; s = s.Parent is null ? null : States[s.Parent])
        {
            chain.Add(s);
        }

        chain.Reverse();
        return chain;
    }

    private static DueTimeExpression Parse(string text) =>
        DueTimeExpression.TryParse(text, out var expression) ? expression! : throw new InvalidOperationException(text);

    private static EmitDelay ParseDelay(string text) =>
        EmitDelay.TryParse(text, out var delay) ? delay! : throw new InvalidOperationException(text);

    private List<(int Index, TransitionDefinition Transition)> FindCandidates(string state, string trigger)
    {
        var lineage = _lineage[state];
        return [.. Definition.Transitions
            .Select((t, i) => (i, t))
            .Where(x => x.t.Trigger == trigger && x.t.From.Any(lineage.Contains))];
    }

    private HashSet<string> BuildLineage(string state)
    {
        var lineage = new HashSet<string>(StringComparer.Ordinal);
        for (string? s = state; s is not null; s = States[s].Parent)
        {
            lineage.Add(s);
        }

        return lineage;
    }
}
