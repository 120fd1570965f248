using Scriban;

namespace Rafael.Engine.Notifications.Rendu;

/// <summary>A parsed template: its three sections and where each starts in the document.</summary>
public sealed class ModeleEmail
{
    internal ModeleEmail(Template sujet, int ligneSujet, Template html, int ligneHtml, Template texte, int ligneTexte)
    {
        Sujet = (sujet, ligneSujet);
        Html = (html, ligneHtml);
        Texte = (texte, ligneTexte);
    }

    internal (Template Template, int Ligne) Sujet { get; }

    internal (Template Template, int Ligne) Html { get; }

    internal (Template Template, int Ligne) Texte { get; }
}
