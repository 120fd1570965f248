using Rafael.Engine.Candidatures;

namespace Rafael.Api.Contracts.Candidatures;

/// <summary>A line of a candidature list (DASH-02).</summary>
public sealed record CandidatureResumeDto(
    Guid Id,
    Guid SessionId,
    string SessionReference,
    string SessionIntitule,
    DateOnly SessionDateDebut,
    DateOnly SessionDateFin,
    string Dispositif,
    string Mesure,
    string Nom,
    string Prenom,
    EtatCandidature Etat,
    string LibelleEtat,
    DateTimeOffset CreeeLe,
    int Version);
