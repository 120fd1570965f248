namespace Rafael.Portal.Models;

/// <summary>The general aim of a training action.</summary>
public enum ObjectifGeneral
{
    Certification,
    Professionnalisation,
    PreparationQualification,
    RemiseANiveau,
    Remobilisation,
    Perfectionnement,
}
