namespace Rafael.Api.Contracts;

/// <summary>Creating a dispositif (HAB-01).</summary>
public sealed record DispositifCreation(string Code, string Libelle, Guid FinanceurId);

/// <summary>Creating a mesure.</summary>
public sealed record MesureCreation(string Code, string Libelle);

/// <summary>A dispositif with its mesures.</summary>
public sealed record DispositifDto(Guid Id, string Code, string Libelle, Guid FinanceurId, string Financeur, IReadOnlyList<MesureDto> Mesures);

/// <summary>A mesure.</summary>
public sealed record MesureDto(Guid Id, string Code, string Libelle);

/// <summary>Granting a préinscription right (HAB-02).</summary>
public sealed record DroitCreation(Guid StructureId, Guid MesureId);

/// <summary>A préinscription right.</summary>
public sealed record DroitDto(Guid Id, Guid StructureId, string Structure, Guid MesureId, string Mesure, string Dispositif, DateTimeOffset AttribueLe);
