using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rafael.Workflows.Definitions;

/// <summary>A transition: from one or several states, on a trigger, to a state (or staying, when internal).</summary>
public sealed record TransitionDefinition
{
    /// <summary>The states it starts from; a parent state covers its substates.</summary>
    [JsonConverter(typeof(OneOrManyStringsConverter))]
    public required IReadOnlyList<string> From { get; init; }

    /// <summary>The trigger that fires it.</summary>
    public required string Trigger { get; init; }

    /// <summary>The target state; null for an internal transition, which keeps the state and runs no entry effect.</summary>
    public string? To { get; init; }

    /// <summary>
    /// Conditions on the trigger's parameters, all of which must hold: parameter name → expected value, or an array of
    /// accepted values. Used to tell alternatives apart (for example the motif "session complète").
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> When { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>The rule sets evaluated before firing; every one must allow it.</summary>
    public IReadOnlyList<string> Guards { get; init; } = [];

    /// <summary>The roles allowed to fire it (for example <c>prescripteur-niveau-3</c>, <c>systeme</c>).</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>Effects of the transition itself, produced before the target state's entry effects.</summary>
    public IReadOnlyList<EffectDefinition> Effects { get; init; } = [];

    /// <summary>True when the transition keeps the state.</summary>
    [JsonIgnore]
    public bool IsInternal => To is null;
}
