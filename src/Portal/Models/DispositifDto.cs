namespace Rafael.Portal.Models;

/// <summary>A dispositif with its mesures.</summary>
public sealed record DispositifDto(Guid Id, string Code, string Libelle, Guid FinanceurId, string Financeur, IReadOnlyList<MesureDto> Mesures);
