namespace Rafael.Engine.Candidatures;

/// <summary>The states of CAND-05, plus the prescriber's draft and a deleted draft, as readers see them.</summary>
public enum EtatCandidature
{
    /// <summary>Saved by a Niveau 1 prescriber, awaiting validation by a Niveau 3 (CAND-01).</summary>
    BrouillonPrescripteur = 0,

    /// <summary>Validated, awaiting the OF's verdict.</summary>
    EnAttente = 1,

    /// <summary>Retained.</summary>
    Retenue = 2,

    /// <summary>Not retained.</summary>
    NonRetenue = 3,

    /// <summary>No verdict given in time (AVIS-07).</summary>
    AvisNonTransmis = 4,

    /// <summary>Waiting list (AVIS-04).</summary>
    RefusSessionComplete = 5,

    /// <summary>The session was cancelled (AVIS-08).</summary>
    RefusSessionAnnulee = 6,

    /// <summary>A draft deleted by its prescriber.</summary>
    Supprimee = 7,
}
