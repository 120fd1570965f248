namespace Rafael.Portal.Models;

/// <summary>A structure found by a search.</summary>
public sealed record StructureResume(Guid Id, string RaisonSociale, string Nom, string? Sigle, string Siret, string Ville, string Departement);
