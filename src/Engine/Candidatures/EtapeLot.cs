namespace Rafael.Engine.Candidatures;

/// <summary>The steps of batch processing (LOT-01).</summary>
public enum EtapeLot
{
    /// <summary>Candidats à convoquer.</summary>
    AConvoquer = 1,

    /// <summary>Présence / absence à renseigner.</summary>
    PresenceARenseigner = 2,

    /// <summary>Avis de recrutement en attente.</summary>
    AvisEnAttente = 3,

    /// <summary>Candidatures non retenues pour session complète (waiting list).</summary>
    ListeAttente = 4,
}
