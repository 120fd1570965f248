namespace Rafael.Portal.Models;

/// <summary>A postal address.</summary>
public sealed record AdresseDto(string Ligne, string CodePostal, string Ville, string Departement);
