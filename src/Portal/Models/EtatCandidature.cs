namespace Rafael.Portal.Models;

/// <summary>Where a candidature stands.</summary>
public enum EtatCandidature
{
    BrouillonPrescripteur = 0,
    EnAttente = 1,
    Retenue = 2,
    NonRetenue = 3,
    AvisNonTransmis = 4,
    RefusSessionComplete = 5,
    RefusSessionAnnulee = 6,
    Supprimee = 7,
}
