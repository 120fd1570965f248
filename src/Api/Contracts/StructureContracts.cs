using Rafael.Engine.Rattachements;
using Rafael.Engine.Structures;

namespace Rafael.Api.Contracts;

/// <summary>A structure's information as typed in a form (ACC-01).</summary>
public sealed record StructureSaisie(string RaisonSociale, string Nom, string? Sigle, string Siret, AdresseDto Adresse, IReadOnlyList<TypesStructure> Types, bool QualiopiApprentissage = false, string? NumeroActivite = null);

/// <summary>A structure's information changed by an administrator, with the version read.</summary>
public sealed record StructureModification(StructureSaisie Structure, int Version);

/// <summary>What anyone sees of a structure in a search (ACC-05).</summary>
public sealed record StructureResume(Guid Id, string RaisonSociale, string Nom, string? Sigle, string Siret, string Ville, string Departement);

/// <summary>A structure in full.</summary>
public sealed record StructureDto(Guid Id, string RaisonSociale, string Nom, string? Sigle, string Siret, AdresseDto Adresse, IReadOnlyList<TypesStructure> Types, bool QualiopiApprentissage, int Version, string? NumeroActivite = null);

/// <summary>A person of a structure (ACC-08).</summary>
public sealed record MembreDto(Guid CompteId, string Prenom, string Nom, string? Email, string? Telephone, ProfilGestion? Profil, string? ProfilLibelle, IReadOnlyList<string> AutresProfils, bool EstReferent, DateTimeOffset RattacheLe);

/// <summary>Assigning a management profile.</summary>
public sealed record ProfilRequete(ProfilGestion? Profil);

/// <summary>Setting the other profiles.</summary>
public sealed record AutresProfilsRequete(IReadOnlyList<AutresProfils> Profils);

/// <summary>Naming the référent.</summary>
public sealed record ReferentRequete(Guid CompteId);

/// <summary>A référent's report of changes (ACC-08).</summary>
public sealed record SignalementRequete(StructureSaisie Structure, string? Message);
