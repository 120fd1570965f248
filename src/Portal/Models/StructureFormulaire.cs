namespace Rafael.Portal.Models;

/// <summary>A structure being typed in a form (mutable for binding), turned into the Api's <see cref="StructureSaisie"/>.</summary>
public sealed class StructureFormulaire
{
    public string RaisonSociale { get; set; } = string.Empty;

    public string Nom { get; set; } = string.Empty;

    public string? Sigle { get; set; }

    public string Siret { get; set; } = string.Empty;

    public string Ligne { get; set; } = string.Empty;

    public string CodePostal { get; set; } = string.Empty;

    public string Ville { get; set; } = string.Empty;

    public string Departement { get; set; } = string.Empty;

    public IReadOnlyCollection<TypesStructure> Types { get; set; } = [];

    public bool QualiopiApprentissage { get; set; }

    /// <summary>The OF's numéro de déclaration d'activité (11 digits), needed by the LHEO feed.</summary>
    public string? NumeroActivite { get; set; }

    public StructureSaisie VersSaisie() =>
        new(RaisonSociale, Nom, Sigle, Siret, new AdresseDto(Ligne, CodePostal, Ville, Departement), [.. Types], QualiopiApprentissage, string.IsNullOrWhiteSpace(NumeroActivite) ? null : NumeroActivite.Trim());

    public static StructureFormulaire Depuis(StructureDto s) => new()
    {
        RaisonSociale = s.RaisonSociale,
        Nom = s.Nom,
        Sigle = s.Sigle,
        Siret = s.Siret,
        Ligne = s.Adresse.Ligne,
        CodePostal = s.Adresse.CodePostal,
        Ville = s.Adresse.Ville,
        Departement = s.Adresse.Departement,
        Types = s.Types,
        QualiopiApprentissage = s.QualiopiApprentissage,
        NumeroActivite = s.NumeroActivite,
    };
}
