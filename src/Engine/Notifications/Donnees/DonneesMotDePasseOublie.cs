namespace Rafael.Engine.Notifications.Donnees;

/// <summary>What the template <c>compte.mot-de-passe-oublie</c> receives (ACC-09).</summary>
/// <param name="Lien">The link that lets the person choose a new password (it carries a one-time token).</param>
public sealed record DonneesMotDePasseOublie(string Lien);
