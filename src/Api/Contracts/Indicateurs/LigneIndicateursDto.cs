namespace Rafael.Api.Contracts.Indicateurs;

/// <summary>One line of the indicators: a dispositif, a mesure and a responsible OF (or the total), counts per state.</summary>
public sealed record LigneIndicateursDto(
    string Dispositif,
    string Mesure,
    Guid? StructureId,
    string Structure,
    int EnAttente,
    int Retenues,
    int NonRetenues,
    int AvisNonTransmis,
    int RefusSessionComplete,
    int RefusSessionAnnulee,
    int Supprimees,
    int Total,
    decimal? TauxRetenue);
