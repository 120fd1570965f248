using Rafael.Engine.Catalogue.Import;

namespace Rafael.Api.Contracts.Catalogue.Import;

/// <summary>The report of a funded-offer import: counts per outcome and each refused line with its reason.</summary>
/// <param name="Id">The stored report, readable later at <c>/api/catalogue/imports/{id}</c>.</param>
/// <param name="Format">json, csv or lheo.</param>
/// <param name="NomFichier">The file's name, if given.</param>
/// <param name="Le">When it ran.</param>
/// <param name="Creees">Lines that created a session (and its action when new).</param>
/// <param name="MisesAJour">Lines that changed an existing action or session.</param>
/// <param name="Inchangees">Lines already as stored: nothing written.</param>
/// <param name="Rejetees">Lines refused: nothing of them written.</param>
/// <param name="Rejets">The refused lines.</param>
/// <param name="Interruption">Why the file could not be read to its end, if it could not.</param>
public sealed record ImportOffreDto(
    Guid Id,
    string Format,
    string? NomFichier,
    DateTimeOffset Le,
    int Creees,
    int MisesAJour,
    int Inchangees,
    int Rejetees,
    IReadOnlyList<RejetImport> Rejets,
    string? Interruption)
{
    /// <summary>The report as the Api shows it.</summary>
    /// <param name="i">The stored report.</param>
    /// <returns>Its DTO.</returns>
    public static ImportOffreDto De(ImportOffre i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.Id, i.Format, i.NomFichier, i.Le, i.Creees, i.MisesAJour, i.Inchangees, i.Rejetees, i.Rejets, i.Interruption);
    }
}
