using Rafael.Engine.Indicateurs;

namespace Rafael.Api.Contracts.Indicateurs;

/// <summary>The DASH-04 indicators as the Api returns them.</summary>
/// <param name="Du">First day of the period, if bounded.</param>
/// <param name="Au">Last day of the period.</param>
/// <param name="Dispositif">The dispositif filtered on.</param>
/// <param name="Mesure">The mesure filtered on.</param>
/// <param name="StructureId">The structure filtered on.</param>
/// <param name="Lignes">Per dispositif, mesure and OF.</param>
/// <param name="Total">Their total.</param>
public sealed record IndicateursCandidaturesDto(
    DateOnly? Du,
    DateOnly? Au,
    string? Dispositif,
    string? Mesure,
    Guid? StructureId,
    IReadOnlyList<LigneIndicateursDto> Lignes,
    LigneIndicateursDto Total)
{
    /// <summary>Maps the Engine's indicators.</summary>
    /// <param name="i">The indicators.</param>
    /// <returns>The DTO.</returns>
    public static IndicateursCandidaturesDto De(IndicateursCandidatures i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.Filtre.Du, i.Filtre.Au, i.Filtre.Dispositif, i.Filtre.Mesure, i.Filtre.StructureId, [.. i.Lignes.Select(Ligne)], Ligne(i.Total));
    }

    private static LigneIndicateursDto Ligne(LigneIndicateurs l) => new(
        l.Dispositif, l.Mesure, l.StructureId == Guid.Empty ? null : l.StructureId, l.Structure,
        l.EnAttente, l.Retenues, l.NonRetenues, l.AvisNonTransmis, l.RefusSessionComplete, l.RefusSessionAnnulee, l.Supprimees, l.Total, l.TauxRetenue);
}
