namespace Rafael.Engine.Processus;

/// <summary>A version is a draft until published; once published it never changes (a new draft replaces it).</summary>
public enum StatutDocument
{
    /// <summary>Being edited; at most one per document.</summary>
    Brouillon = 0,

    /// <summary>Published: the highest published number is the one in force.</summary>
    Publiee = 1,
}
