namespace Rafael.Engine.OffreInfo;

/// <summary>A session's access route (CAT-07).</summary>
public enum VoieAcces
{
    /// <summary>Formation continue.</summary>
    FormationContinue,

    /// <summary>Contrat de professionnalisation.</summary>
    ContratProfessionnalisation,

    /// <summary>Contrat d'apprentissage.</summary>
    ContratApprentissage,
}
