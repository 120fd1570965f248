namespace Rafael.Portal.Models;

/// <summary>A training action with its sessions (the fields the portal shows).</summary>
public sealed record ActionDto(
    Guid Id,
    string Reference,
    bool Conventionnee,
    string Statut,
    Guid ResponsableId,
    Guid? FinanceurId,
    string Intitule,
    string? PlusDeLaFormation,
    string? LienWeb,
    ObjectifGeneral ObjectifGeneral,
    string Objectifs,
    string Programme,
    ValidationFormation Validation,
    IReadOnlyList<CertificationAction> Certifications,
    IReadOnlyList<DureeFormation> Durees,
    string ConditionsAcces,
    string Prerequis,
    IReadOnlyList<ContactFormation> Contacts,
    string? DemandeComplements,
    DateTimeOffset CreeeLe,
    DateTimeOffset ModifieeLe,
    DateTimeOffset? PublieeLe,
    int Version,
    IReadOnlyList<SessionCatalogueDto> Sessions);
