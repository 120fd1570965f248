namespace Rafael.Engine.Candidatures;

/// <summary>The French labels of the states (CAND-05).</summary>
public static class LibellesEtats
{
    /// <summary>The label of a state.</summary>
    /// <param name="etat">The state.</param>
    /// <returns>Its French label.</returns>
    public static string De(EtatCandidature etat) => etat switch
    {
        EtatCandidature.BrouillonPrescripteur => "Brouillon prescripteur",
        EtatCandidature.EnAttente => "En attente",
        EtatCandidature.Retenue => "Retenue",
        EtatCandidature.NonRetenue => "Non retenue",
        EtatCandidature.AvisNonTransmis => "Avis non transmis",
        EtatCandidature.RefusSessionComplete => "Refus : session complète",
        EtatCandidature.RefusSessionAnnulee => "Refus : session annulée",
        _ => "Supprimée",
    };
}
