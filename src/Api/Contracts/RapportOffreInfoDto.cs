using Rafael.Engine.OffreInfo;

namespace Rafael.Api.Contracts;

/// <summary>What the LHEO feed would contain now, and the actions it leaves out with their reasons (CIR-08).</summary>
/// <param name="Horodatage">When the report was made.</param>
/// <param name="ActionsExportees">Actions written.</param>
/// <param name="SessionsExportees">Sessions written.</param>
/// <param name="ActionsEcartees">How many actions were left out.</param>
/// <param name="Ecartees">Each action left out and why.</param>
public sealed record RapportOffreInfoDto(
    DateTimeOffset Horodatage,
    int ActionsExportees,
    int SessionsExportees,
    int ActionsEcartees,
    IReadOnlyList<ActionEcartee> Ecartees);
