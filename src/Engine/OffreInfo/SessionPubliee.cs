namespace Rafael.Engine.OffreInfo;

/// <summary>A published session of an action (CAT-07), with its funding when it is conventionnée.</summary>
/// <param name="Reference">The session's reference (numéro Carif): 8 digits starting with <c>00</c> (CAT-02).</param>
/// <param name="VoieAcces">The access route; one session per access route.</param>
/// <param name="FormationContinueHorsAlternance">The "formation continue hors alternance" flag that sends the session to Kairos.</param>
/// <param name="OrganismeFormateur">The organisation that delivers the session.</param>
/// <param name="Contact">The session's contact, if any.</param>
/// <param name="Certifications">The certifications targeted (a subset of the action's), with their validation.</param>
/// <param name="Debut">First day.</param>
/// <param name="Fin">Last day.</param>
/// <param name="TypeEntree">Fixed dates, permanent or sequenced entries.</param>
/// <param name="Commentaire">Free comment shown to professionals, if any.</param>
/// <param name="InformationCollective">The information meetings of the recruitment, if any.</param>
/// <param name="LieuFormation">Where the session takes place.</param>
/// <param name="Financement">The funding of a conventionnée session, if any.</param>
/// <param name="CreeLe">When the session was created.</param>
/// <param name="ModifieLe">When the session was last changed.</param>
public sealed record SessionPubliee(
    string Reference,
    VoieAcces VoieAcces,
    bool FormationContinueHorsAlternance,
    OrganismeFormateur OrganismeFormateur,
    ContactOffre? Contact,
    IReadOnlyList<CertificationVisee> Certifications,
    DateOnly Debut,
    DateOnly Fin,
    TypeEntree TypeEntree,
    string? Commentaire,
    InformationCollective? InformationCollective,
    AdresseOffre LieuFormation,
    FinancementSession? Financement,
    DateTimeOffset CreeLe,
    DateTimeOffset ModifieLe);
