namespace Rafael.Engine.OffreInfo;

/// <summary>The organisation responsible for an action (CAT-03, CAT-05).</summary>
/// <param name="Siret">SIRET, 14 digits.</param>
/// <param name="NumeroActivite">Numéro de déclaration d'activité (11 characters), mandatory in LHEO.</param>
/// <param name="Nom">Usual name.</param>
/// <param name="RaisonSociale">Legal name.</param>
/// <param name="Adresse">Postal address.</param>
/// <param name="Telephone">Phone, if any.</param>
/// <param name="Courriel">Email, if any.</param>
/// <param name="SiteWeb">Web site, if any.</param>
public sealed record OrganismeResponsable(
    string Siret,
    string? NumeroActivite,
    string Nom,
    string RaisonSociale,
    AdresseOffre Adresse,
    string? Telephone,
    string? Courriel,
    string? SiteWeb);
