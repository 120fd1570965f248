using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;

namespace Rafael.Api.Contracts.Catalogue;

/// <summary>An action with its sessions.</summary>
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
    IReadOnlyList<CertificationAction>? CertificationsProposees,
    IReadOnlyList<DureeFormation> Durees,
    string ConditionsAcces,
    string Prerequis,
    IReadOnlyList<ContactFormation> Contacts,
    string? DemandeComplements,
    DateTimeOffset CreeeLe,
    DateTimeOffset ModifieeLe,
    DateTimeOffset? PublieeLe,
    int Version,
    IReadOnlyList<SessionDto> Sessions)
{
    /// <summary>Maps an action and its sessions.</summary>
    public static ActionDto De(ActionFormation a, IEnumerable<Session> sessions) => new(
        a.Id, a.Reference, a.Conventionnee, a.Status, a.ResponsableId, a.FinanceurId, a.Intitule, a.PlusDeLaFormation, a.LienWeb,
        a.ObjectifGeneral, a.Objectifs, a.Programme, a.Validation, a.Certifications, a.CertificationsProposees, a.Durees,
        a.ConditionsAcces, a.Prerequis, a.Contacts, a.DemandeComplements, a.CreeeLe, a.ModifieeLe, a.PublieeLe, a.Version,
        [.. sessions.Select(SessionDto.De)]);
}
