namespace Rafael.Engine.OffreInfo;

/// <summary>A funder's kind; each gives one LHEO <c>code-financeur</c> (see docs/lheo-mapping.md).</summary>
public enum TypeFinanceur
{
    /// <summary>Conseil régional.</summary>
    Region,

    /// <summary>France Travail (Pôle emploi in the LHEO code list).</summary>
    FranceTravail,

    /// <summary>État, ministère chargé de l'emploi.</summary>
    EtatEmploi,

    /// <summary>État, other ministries.</summary>
    EtatAutre,

    /// <summary>Opérateur de compétences (OPCA in the LHEO code list).</summary>
    Opco,

    /// <summary>Conseil départemental (Conseil général in the LHEO code list).</summary>
    Departement,

    /// <summary>Commune.</summary>
    Commune,

    /// <summary>AGEFIPH.</summary>
    Agefiph,

    /// <summary>Fonds social européen.</summary>
    Fse,

    /// <summary>An employer.</summary>
    Entreprise,

    /// <summary>The trainee.</summary>
    Beneficiaire,

    /// <summary>Any other funder.</summary>
    Autre,
}
