namespace Rafael.Portal.Models;

/// <summary>The candidate's administrative data.</summary>
public sealed record CandidatDto(string Nom, string Prenom, DateOnly DateNaissance, string? Email, string? Telephone, string? IdentifiantFranceTravail, string? Situation);
