namespace Rafael.Portal.Models;

/// <summary>A structure as typed in a form.</summary>
public sealed record StructureSaisie(string RaisonSociale, string Nom, string? Sigle, string Siret, AdresseDto Adresse, IReadOnlyList<TypesStructure> Types, bool QualiopiApprentissage = false, string? NumeroActivite = null);
