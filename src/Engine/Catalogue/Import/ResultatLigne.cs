namespace Rafael.Engine.Catalogue.Import;

/// <summary>What an accepted import line did.</summary>
public enum ResultatLigne
{
    /// <summary>It created a session (and its action when new).</summary>
    Creee,

    /// <summary>It changed an existing action or session.</summary>
    MiseAJour,

    /// <summary>Everything was already as the line says: nothing written.</summary>
    Inchangee,
}
