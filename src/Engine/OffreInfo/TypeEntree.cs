namespace Rafael.Engine.OffreInfo;

/// <summary>How trainees enter a session (CAT-07).</summary>
public enum TypeEntree
{
    /// <summary>Everyone starts and ends on the session's dates.</summary>
    DatesFixes,

    /// <summary>Entrées-sorties permanentes.</summary>
    EntreesSortiesPermanentes,

    /// <summary>Entrées-sorties séquencées.</summary>
    EntreesSortiesSequencees,
}
