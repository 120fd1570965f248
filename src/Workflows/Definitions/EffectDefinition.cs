namespace Rafael.Workflows.Definitions;

/// <summary>
/// An effect declared by a definition. Which properties apply depends on <see cref="Type"/>; the schema enforces it.
/// </summary>
public sealed record EffectDefinition
{
    /// <summary>The kind of effect.</summary>
    public required EffectType Type { get; init; }

    /// <summary>For <see cref="EffectType.Notify"/>: the email template's name.</summary>
    public string? Template { get; init; }

    /// <summary>For <see cref="EffectType.Notify"/>: who receives it (roles the Engine resolves: <c>prescripteur</c>, <c>of-responsable</c>…).</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>For <see cref="EffectType.Emit"/>: the integration message type, for example <c>agora.avis</c>.</summary>
    public string? Message { get; init; }

    /// <summary>
    /// For <see cref="EffectType.Emit"/>: the name of a rule set evaluated with the same inputs as the transition's
    /// guards (and the trigger's arguments as <c>arguments</c>); the message is emitted only if it passes. Null: always.
    /// </summary>
    public string? When { get; init; }

    /// <summary>
    /// For <see cref="EffectType.Emit"/>: how long after the transition the message becomes available to the
    /// dispatcher: an ISO 8601 duration in days, hours, minutes and seconds (<c>PT0S</c>, <c>PT5M</c>, <c>P1D</c>), or
    /// <c>lendemain</c> for the start of the next calendar day in Europe/Paris. Null: at once.
    /// </summary>
    public string? Delay { get; init; }

    /// <summary>For <see cref="EffectType.SetDeadline"/> and <see cref="EffectType.CancelDeadline"/>: the deadline's name, unique per entity.</summary>
    public string? Deadline { get; init; }

    /// <summary>For <see cref="EffectType.SetDeadline"/>: the trigger fired (as <c>systeme</c>) when it is due.</summary>
    public string? Trigger { get; init; }

    /// <summary>For <see cref="EffectType.SetDeadline"/>: when it is due, for example <c>session.dateFin + parametre:joursAvisNonTransmisApresFin days</c>.</summary>
    public string? DueAt { get; init; }
}
