namespace Rafael.Engine.Notifications.Rendu;

/// <summary>A rendered email: one subject line, an HTML part and a plain-text part.</summary>
/// <param name="Sujet">The subject.</param>
/// <param name="Html">The HTML body (model values encoded).</param>
/// <param name="Texte">The plain-text body.</param>
public sealed record EmailRendu(string Sujet, string Html, string Texte);
