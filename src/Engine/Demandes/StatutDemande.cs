namespace Rafael.Engine.Demandes;

/// <summary>A request is decided once: accepted or refused.</summary>
public enum StatutDemande
{
    /// <summary>Awaiting a decision.</summary>
    EnAttente = 0,

    /// <summary>Accepted.</summary>
    Acceptee = 1,

    /// <summary>Refused, with a reason.</summary>
    Refusee = 2,
}
