namespace Rafael.Engine.Notifications.Destinataires;

/// <summary>Someone an email goes to, and in which role.</summary>
/// <param name="CompteId">Their account (null for an address that is not an account).</param>
/// <param name="Email">Their address.</param>
/// <param name="Prenom">First name.</param>
/// <param name="Nom">Family name.</param>
/// <param name="Role">The role that made them a recipient (<c>referent</c>, <c>of-responsable</c>…).</param>
public sealed record Destinataire(Guid? CompteId, string Email, string Prenom, string Nom, string Role);
