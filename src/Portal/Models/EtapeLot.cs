namespace Rafael.Portal.Models;

/// <summary>A step of the batch screen (LOT-01).</summary>
public enum EtapeLot
{
    AConvoquer = 1,
    PresenceARenseigner = 2,
    AvisEnAttente = 3,
    ListeAttente = 4,
}
