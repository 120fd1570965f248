namespace Rafael.Api.Contracts.Candidatures;

/// <summary>The candidate's administrative data (CAND-07).</summary>
public sealed record CandidatDto(
    string Nom,
    string Prenom,
    DateOnly DateNaissance,
    string? Email,
    string? Telephone,
    string? IdentifiantFranceTravail,
    string? Situation);
