using Rafael.Engine.Candidatures;

namespace Rafael.Api.Contracts.Candidatures;

/// <summary>A candidature as its page shows it (CAND-07).</summary>
public sealed record CandidatureDto(
    Guid Id,
    Guid SessionId,
    string SessionReference,
    string SessionIntitule,
    DateOnly SessionDateDebut,
    DateOnly SessionDateFin,
    string Dispositif,
    string Mesure,
    CandidatDto Candidat,
    EtatCandidature Etat,
    string LibelleEtat,
    string Statut,
    Guid PrescripteurStructureId,
    DateTimeOffset CreeeLe,
    DateTimeOffset? ValideeLe,
    int NombreConvocations,
    DateTimeOffset? DateDerniereConvocation,
    ResultatConvocation? ResultatDerniereConvocation,
    DateOnly? DateEntreePrevue,
    DateOnly? DateSortiePrevue,
    decimal? HeuresHebdomadaires,
    string? Motif,
    string? LibelleMotif,
    string? Raison,
    string? Commentaire,
    DateTimeOffset? AvisLe,
    int Version,
    IReadOnlyList<CandidatureResumeDto> AutresCandidaturesEnCours);
