namespace Rafael.Engine.OffreInfo;

/// <summary>A postal address of the offer: an organisation, a training place, an information meeting.</summary>
/// <param name="Ligne">Street and number (mandatory for a training place, CAT-07).</param>
/// <param name="CodePostal">Five-digit postal code.</param>
/// <param name="Ville">City.</param>
/// <param name="Departement">Département code (<c>33</c>, <c>2A</c>, <c>971</c>), if known.</param>
public sealed record AdresseOffre(string Ligne, string CodePostal, string Ville, string? Departement);
