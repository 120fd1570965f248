using Rafael.Engine.Notifications.Destinataires;

namespace Rafael.Engine.Notifications;

/// <summary>What a model builder gives: the template's model and who receives the email.</summary>
/// <param name="Donnees">The model DTO.</param>
/// <param name="Destinataires">The recipients, each with their role.</param>
public sealed record ContexteNotification(object Donnees, IReadOnlyList<Destinataire> Destinataires);
