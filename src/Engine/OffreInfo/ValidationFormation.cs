namespace Rafael.Engine.OffreInfo;

/// <summary>How an action ends ("Validation / fin de formation", CAT-05).</summary>
public enum ValidationFormation
{
    /// <summary>Attestation de fin de formation: no certification.</summary>
    AttestationFinFormation,

    /// <summary>Diplôme ou certification inscrit(e) au RNCP.</summary>
    CertificationRncp,

    /// <summary>Autre diplôme, certificat, habilitation (répertoire spécifique).</summary>
    AutreCertification,
}
