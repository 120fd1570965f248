using Rafael.Engine.Common;

namespace Rafael.Engine.Structures;

/// <summary>An organisation of the platform (ACC-01): OF, prescriber, funder, employer, or several of these.</summary>
public sealed class Structure : IVersionne
{
    private Structure()
    {
        RaisonSociale = string.Empty;
        Nom = string.Empty;
        Siret = string.Empty;
        Adresse = new AdresseStructure(string.Empty, string.Empty, string.Empty, string.Empty);
    }

    /// <summary>Creates a structure; the caller has validated the fields.</summary>
    /// <param name="raisonSociale">Legal name.</param>
    /// <param name="nom">Usual name.</param>
    /// <param name="sigle">Acronym, if any.</param>
    /// <param name="siret">Normalised SIRET, or 0 for a public body without one.</param>
    /// <param name="adresse">Postal address.</param>
    /// <param name="types">What the structure is.</param>
    /// <param name="creeeLe">When it is created.</param>
    public Structure(string raisonSociale, string nom, string? sigle, string siret, AdresseStructure adresse, TypesStructure types, DateTimeOffset creeeLe)
    {
        Id = Guid.NewGuid();
        RaisonSociale = raisonSociale;
        Nom = nom;
        Sigle = sigle;
        Siret = siret;
        Adresse = adresse;
        Types = types;
        CreeeLe = creeeLe;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Legal name.</summary>
    public string RaisonSociale { get; private set; }

    /// <summary>Usual name.</summary>
    public string Nom { get; private set; }

    /// <summary>Acronym.</summary>
    public string? Sigle { get; private set; }

    /// <summary>SIRET (14 digits) or 0 for a public body without one.</summary>
    public string Siret { get; private set; }

    /// <summary>Postal address.</summary>
    public AdresseStructure Adresse { get; private set; }

    /// <summary>What the structure is.</summary>
    public TypesStructure Types { get; private set; }

    /// <summary>Whether it holds Qualiopi for apprenticeship (CAT-05: required to be Responsable of an apprenticeship action).</summary>
    public bool QualiopiApprentissage { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreeeLe { get; private set; }

    /// <summary>The OF's numéro de déclaration d'activité (11 digits), which the LHEO feed requires of a Responsable.</summary>
    public string? NumeroActivite { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>True when the structure is of the given type.</summary>
    /// <param name="type">The type to test.</param>
    /// <returns>Whether the structure has it.</returns>
    public bool Est(TypesStructure type) => (Types & type) == type;

    /// <summary>Changes the structure's information (administrators, or a référent's report once accepted).</summary>
    /// <param name="raisonSociale">Legal name.</param>
    /// <param name="nom">Usual name.</param>
    /// <param name="sigle">Acronym.</param>
    /// <param name="siret">Normalised SIRET.</param>
    /// <param name="adresse">Address.</param>
    /// <param name="types">Types.</param>
    /// <param name="qualiopiApprentissage">Qualiopi apprenticeship.</param>
    public void Modifier(string raisonSociale, string nom, string? sigle, string siret, AdresseStructure adresse, TypesStructure types, bool qualiopiApprentissage)
    {
        RaisonSociale = raisonSociale;
        Nom = nom;
        Sigle = sigle;
        Siret = siret;
        Adresse = adresse;
        Types = types;
        QualiopiApprentissage = qualiopiApprentissage;
    }

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;

    /// <summary>Records the OF's numéro de déclaration d'activité, or clears it.</summary>
    /// <param name="numeroActivite">Eleven digits, validated by the caller; null when the structure has none.</param>
    public void DeclarerActivite(string? numeroActivite) => NumeroActivite = string.IsNullOrWhiteSpace(numeroActivite) ? null : numeroActivite.Trim();
}
