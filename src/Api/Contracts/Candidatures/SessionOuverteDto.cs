using Rafael.Engine.Candidatures;

namespace Rafael.Api.Contracts.Candidatures;

/// <summary>A session open to pre-registration, with its places left (CAND-01, CAND-03).</summary>
public sealed record SessionOuverteDto(
    Guid Id,
    string Reference,
    string Intitule,
    string Dispositif,
    string Mesure,
    string? Financeur,
    DateOnly DateDebut,
    DateOnly DateFin,
    DateOnly DateLimiteInscription,
    TypeEntreeSession TypeEntree,
    string? Ville,
    string? CodePostal,
    int Quota,
    int CandidaturesEnCours,
    int PlacesRestantes);
