namespace Rafael.Engine.Candidatures;

/// <summary>How candidates enter a session, which decides the batch defaults (LOT-02).</summary>
public enum TypeEntreeSession
{
    /// <summary>Fixed dates: retained candidates get the session's dates by default.</summary>
    DatesFixes = 1,

    /// <summary>Permanent entries and exits.</summary>
    EntreesSortiesPermanentes = 2,

    /// <summary>Sequenced entries and exits.</summary>
    EntreesSortiesSequencees = 3,
}
