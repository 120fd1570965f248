namespace Rafael.Engine.OffreInfo;

/// <summary>What an export wrote and left out.</summary>
/// <param name="Horodatage">The export's instant (<c>horodatage-export</c>).</param>
/// <param name="ActionsEcrites">Actions written (LHEO formations).</param>
/// <param name="SessionsEcrites">Sessions written.</param>
/// <param name="Ecartees">Actions left out, with the reasons.</param>
/// <param name="DocumentEcrit">False when no action could be written: LHEO requires at least one formation, so no
/// document is produced rather than an invalid one, and the output stream is left untouched.</param>
public sealed record ResultatExportLheo(
    DateTimeOffset Horodatage,
    int ActionsEcrites,
    int SessionsEcrites,
    IReadOnlyList<ActionEcartee> Ecartees,
    bool DocumentEcrit);
