namespace Rafael.Engine.OffreInfo;

/// <summary>
/// A published action de formation as the "Offre info" feed sees it (CIR-08): every field of the action form (CAT-05)
/// with its sessions (CAT-07), its organisations and its instants. A read model: the Catalogue fills it, the LHEO
/// export writes it and the LHEO import reads it back.
/// </summary>
/// <param name="Reference">The action's reference: 12 digits starting with <c>20</c> (CAT-02).</param>
/// <param name="OrganismeResponsable">The organisation named on the action (CAT-03).</param>
/// <param name="Contacts">The action's contacts (at least one).</param>
/// <param name="Intitule">The title.</param>
/// <param name="PlusFormation">"Le + de cette formation", if any.</param>
/// <param name="LienWeb">The web link, if any.</param>
/// <param name="ObjectifGeneral">The general objective.</param>
/// <param name="Objectifs">"Objectif": what the trainee will be able to do.</param>
/// <param name="Programme">"Programme": the content of the training.</param>
/// <param name="Validation">How the training ends (attestation, RNCP, RS).</param>
/// <param name="Certifications">The certifications prepared (0 to 5).</param>
/// <param name="Durees">Hours per modality (at least one).</param>
/// <param name="ConditionsAcces">Regulatory access conditions ("RAS" allowed).</param>
/// <param name="Prerequis">Pedagogical prerequisites.</param>
/// <param name="Conventionnee">True for an offer funded under a contract with a funder (CAT-04).</param>
/// <param name="CodesFormacode">Formacode keywords set by the administrators (CIR-05), 0 to 5.</param>
/// <param name="Sessions">The published sessions (at least one, CAT-01).</param>
/// <param name="CreeLe">When the action was created.</param>
/// <param name="ModifieLe">When the action was last changed.</param>
public sealed record ActionPubliee(
    string Reference,
    OrganismeResponsable OrganismeResponsable,
    IReadOnlyList<ContactOffre> Contacts,
    string Intitule,
    string? PlusFormation,
    string? LienWeb,
    ObjectifGeneral ObjectifGeneral,
    string Objectifs,
    string Programme,
    ValidationFormation Validation,
    IReadOnlyList<CertificationOffre> Certifications,
    IReadOnlyList<DureeModalite> Durees,
    string ConditionsAcces,
    string Prerequis,
    bool Conventionnee,
    IReadOnlyList<string> CodesFormacode,
    IReadOnlyList<SessionPubliee> Sessions,
    DateTimeOffset CreeLe,
    DateTimeOffset ModifieLe);
