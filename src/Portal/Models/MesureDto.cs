namespace Rafael.Portal.Models;

/// <summary>A mesure.</summary>
public sealed record MesureDto(Guid Id, string Code, string Libelle);
