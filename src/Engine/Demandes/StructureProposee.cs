using Rafael.Engine.Structures;

namespace Rafael.Engine.Demandes;

/// <summary>The structure described by a request to create one (ACC-06) or to change one (ACC-08).</summary>
/// <param name="RaisonSociale">Legal name.</param>
/// <param name="Nom">Usual name.</param>
/// <param name="Sigle">Acronym.</param>
/// <param name="Siret">Normalised SIRET, or 0.</param>
/// <param name="Adresse">Address.</param>
/// <param name="Types">Types.</param>
public sealed record StructureProposee(string RaisonSociale, string Nom, string? Sigle, string Siret, AdresseStructure Adresse, TypesStructure Types)
{
    // EF Core materialises the nested address after construction; it cannot pass it to the constructor.
    private StructureProposee()
        : this(string.Empty, string.Empty, null, string.Empty, new AdresseStructure(string.Empty, string.Empty, string.Empty, string.Empty), TypesStructure.Aucun)
    {
    }
}
