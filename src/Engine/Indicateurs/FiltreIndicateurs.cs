namespace Rafael.Engine.Indicateurs;

/// <summary>What the DASH-04 indicators cover: a period of préinscription dates and, optionally, one dispositif, one
/// mesure, one structure.</summary>
public sealed record FiltreIndicateurs
{
    /// <summary>First day (Paris time) of the period, included; from the start when null.</summary>
    public DateOnly? Du { get; init; }

    /// <summary>Last day (Paris time) of the period, included; up to today when null.</summary>
    public DateOnly? Au { get; init; }

    /// <summary>A dispositif's code (PRF, POEC…).</summary>
    public string? Dispositif { get; init; }

    /// <summary>A mesure's code.</summary>
    public string? Mesure { get; init; }

    /// <summary>A structure: the OF responsible for the session or the prescriber's structure.</summary>
    public Guid? StructureId { get; init; }
}
