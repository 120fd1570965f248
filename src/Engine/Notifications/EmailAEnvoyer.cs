using Rafael.Engine.Notifications.Destinataires;
using Rafael.Engine.Notifications.Rendu;

namespace Rafael.Engine.Notifications;

/// <summary>An email rendered for one recipient, with the template version it came from.</summary>
/// <param name="Destinataire">Who receives it.</param>
/// <param name="Modele">The template's name.</param>
/// <param name="Numero">The template's version number.</param>
/// <param name="Email">The rendered email.</param>
public sealed record EmailAEnvoyer(Destinataire Destinataire, string Modele, int Numero, EmailRendu Email);
