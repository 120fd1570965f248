namespace Rafael.Engine.Catalogue.Import;

/// <summary>A line the import itself refuses (its keys contradict what is stored).</summary>
internal sealed class LigneRefuseeException(string champ, string message, string? regle) : Exception(message)
{
    public string Champ { get; } = champ;

    public string? Regle { get; } = regle;
}
