namespace Rafael.Engine.OffreInfo;

/// <summary>The organisation that delivers a session (CAT-03, CAT-07).</summary>
/// <param name="Siret">SIRET, 14 digits.</param>
/// <param name="RaisonSociale">Legal name.</param>
public sealed record OrganismeFormateur(string Siret, string RaisonSociale);
