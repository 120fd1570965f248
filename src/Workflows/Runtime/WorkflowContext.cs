using Rafael.Rules;

namespace Rafael.Workflows.Runtime;

/// <summary>What the caller knows when it asks for a transition: who acts, and the data guards and deadlines need.</summary>
public sealed record WorkflowContext
{
    private static readonly IReadOnlyDictionary<string, DateTimeOffset> NoDates = new Dictionary<string, DateTimeOffset>();
    private static readonly IReadOnlyDictionary<string, decimal> NoParameters = new Dictionary<string, decimal>();

    /// <summary>The caller's roles on this entity (for example <c>prescripteur-niveau-3</c>, <c>of-preinscription</c>, <c>systeme</c>).</summary>
    public required IReadOnlyCollection<string> Roles { get; init; }

    /// <summary>The named inputs of the guard rule sets; the trigger's arguments are added as <c>arguments</c> unless present.</summary>
    public RuleInputs RuleInputs { get; init; } = new();

    /// <summary>The entity's dates that deadlines are computed from, for example <c>session.dateFin</c>.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Dates { get; init; } = NoDates;

    /// <summary>The dispositif's parameters that deadline offsets may name, for example <c>joursAvisNonTransmisApresFin</c>.</summary>
    public IReadOnlyDictionary<string, decimal> Parameters { get; init; } = NoParameters;
}
