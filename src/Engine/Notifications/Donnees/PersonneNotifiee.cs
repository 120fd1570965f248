namespace Rafael.Engine.Notifications.Donnees;

/// <summary>A person as a template sees them: <c>{{ demandeur.prenom }}</c>.</summary>
/// <param name="Prenom">First name.</param>
/// <param name="Nom">Family name.</param>
/// <param name="Email">Email address.</param>
public sealed record PersonneNotifiee(string Prenom, string Nom, string Email);
