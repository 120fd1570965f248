namespace Rafael.Portal.Models;

/// <summary>A structure in full.</summary>
public sealed record StructureDto(Guid Id, string RaisonSociale, string Nom, string? Sigle, string Siret, AdresseDto Adresse, IReadOnlyList<TypesStructure> Types, bool QualiopiApprentissage, int Version, string? NumeroActivite = null);
