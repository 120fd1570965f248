namespace Rafael.Portal.Models;

/// <summary>Where a session takes place.</summary>
public sealed record LieuFormation(string Ligne, string CodePostal, string Ville);
