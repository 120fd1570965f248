namespace Rafael.Engine.Catalogue;

/// <summary>Where a session takes place (CAT-07): street and "code postal ville" are mandatory.</summary>
/// <param name="Ligne">Street.</param>
/// <param name="CodePostal">Postal code.</param>
/// <param name="Ville">City.</param>
public sealed record LieuFormation(string Ligne, string CodePostal, string Ville);
