namespace Rafael.Engine.Notifications.Rendu;

/// <summary>An error in a template, located in the whole document (lines and columns from 1).</summary>
/// <param name="Section">sujet, html or texte; empty for the document's layout.</param>
/// <param name="Ligne">The line in the document.</param>
/// <param name="Colonne">The column.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ErreurModele(string Section, int Ligne, int Colonne, string Message)
{
    /// <summary>The error as the Studio shows it: « ligne 4, colonne 12 (html) : … ».</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"ligne {Ligne}, colonne {Colonne}{(Section.Length == 0 ? string.Empty : $" ({Section})")} : {Message}";
}
