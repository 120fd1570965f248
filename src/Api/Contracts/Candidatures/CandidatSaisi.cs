namespace Rafael.Api.Contracts.Candidatures;

/// <summary>The candidate as the prescriber types them (CAND-01).</summary>
public sealed record CandidatSaisi(
    string Nom,
    string Prenom,
    DateOnly? DateNaissance,
    string? Email,
    string? Telephone,
    string? IdentifiantFranceTravail,
    string? Situation);
