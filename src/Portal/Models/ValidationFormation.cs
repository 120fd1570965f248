namespace Rafael.Portal.Models;

/// <summary>How a training action is validated.</summary>
public enum ValidationFormation
{
    AttestationFinFormation,
    CertificationRncp,
    AutreCertification,
}
