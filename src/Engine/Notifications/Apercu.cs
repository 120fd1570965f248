using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Rendu;

namespace Rafael.Engine.Notifications;

/// <summary>A template rendered for the Studio.</summary>
/// <param name="Modele">The template's name.</param>
/// <param name="Version">The version rendered (null for unsaved text).</param>
/// <param name="Destinataire">Who it was rendered for.</param>
/// <param name="Donnees">The model it received (snake_case, as the template sees it).</param>
/// <param name="Email">The result.</param>
public sealed record Apercu(string Modele, int? Version, Destinataire Destinataire, System.Text.Json.Nodes.JsonObject Donnees, EmailRendu Email);
