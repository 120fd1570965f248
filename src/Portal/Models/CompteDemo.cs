namespace Rafael.Portal.Models;

/// <summary>A demo account shown on the sign-in page when the demo data is loaded.</summary>
public sealed record CompteDemo(string Email, string Nom, string Structures, string Profil);
