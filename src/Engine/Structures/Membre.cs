using Rafael.Engine.Rattachements;

namespace Rafael.Engine.Structures;

/// <summary>A person of a structure as the référent sees them (ACC-08).</summary>
/// <param name="CompteId">The account.</param>
/// <param name="Prenom">First name.</param>
/// <param name="Nom">Last name.</param>
/// <param name="Email">Email.</param>
/// <param name="Telephone">Phone.</param>
/// <param name="Profil">Management profile in this structure.</param>
/// <param name="AutresProfils">Other profiles.</param>
/// <param name="EstReferent">Référent.</param>
/// <param name="RattacheLe">Attached since.</param>
/// <param name="Version">The attachment's version, for optimistic concurrency.</param>
public sealed record Membre(Guid CompteId, string Prenom, string Nom, string? Email, string? Telephone, ProfilGestion? Profil, AutresProfils AutresProfils, bool EstReferent, DateTimeOffset RattacheLe, int Version);
