namespace Rafael.Engine.OffreInfo;

/// <summary>How a session validates a targeted certification (CAT-07).</summary>
public enum TypeValidationCertification
{
    /// <summary>The whole certification.</summary>
    Totale,

    /// <summary>Some blocs de compétences.</summary>
    Partielle,

    /// <summary>Both.</summary>
    Mixte,
}
