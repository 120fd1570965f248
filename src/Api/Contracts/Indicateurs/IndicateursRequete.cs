using Rafael.Engine.Indicateurs;

namespace Rafael.Api.Contracts.Indicateurs;

/// <summary>The query string of the DASH-04 indicators: <c>du</c> and <c>au</c> as yyyy-MM-dd, a dispositif code, a
/// mesure code, a structure id (the OF or the prescriber's structure).</summary>
public sealed record IndicateursRequete(DateOnly? Du, DateOnly? Au, string? Dispositif, string? Mesure, Guid? Structure)
{
    /// <summary>The Engine's filter.</summary>
    /// <returns>The filter.</returns>
    public FiltreIndicateurs VersFiltre() => new() { Du = Du, Au = Au, Dispositif = Dispositif, Mesure = Mesure, StructureId = Structure };
}
