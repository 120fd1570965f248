namespace Rafael.Portal.Models;

/// <summary>One of my structures with my profiles there.</summary>
public sealed record MonRattachementDto(Guid StructureId, string Structure, ProfilGestion? Profil, IReadOnlyList<string> Profils, bool EstReferent);
