namespace Rafael.Engine.OffreInfo;

/// <summary>The general objective of an action (CAT-05), from the LHEO glossary.</summary>
public enum ObjectifGeneral
{
    /// <summary>Leads to a certification (RNCP or RS).</summary>
    Certification,

    /// <summary>Makes the trainee operational in a job, without a certification.</summary>
    Professionnalisation,

    /// <summary>Prepares the entry into a qualifying training.</summary>
    PreparationQualification,

    /// <summary>Remise à niveau, maîtrise des savoirs de base, initiation.</summary>
    RemiseANiveau,

    /// <summary>(Re)mobilisation, aide à l'élaboration de projet professionnel.</summary>
    Remobilisation,

    /// <summary>Perfectionnement, élargissement des compétences.</summary>
    Perfectionnement,
}
