namespace Rafael.Portal.Models;

/// <summary>A person of a structure.</summary>
public sealed record MembreDto(Guid CompteId, string Prenom, string Nom, string? Email, string? Telephone, ProfilGestion? Profil, string? ProfilLibelle, IReadOnlyList<string> AutresProfils, bool EstReferent, DateTimeOffset RattacheLe);
