namespace Rafael.Portal.Models;

/// <summary>Where a request stands.</summary>
public enum StatutDemande
{
    EnAttente = 0,
    Acceptee = 1,
    Refusee = 2,
}
