namespace Rafael.Portal.Models;

/// <summary>An account in the administrators list.</summary>
public sealed record CompteDto(Guid Id, string Email, string Prenom, string Nom, string Statut, bool EstAdministrateur);
