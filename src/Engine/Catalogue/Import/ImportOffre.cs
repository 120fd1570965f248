using Rafael.Engine.Common;

namespace Rafael.Engine.Catalogue.Import;

/// <summary>
/// The stored report of one import of funded offer (CAT-04): who imported what, how many lines were created, updated,
/// unchanged or rejected, and each rejection with its line and reason. Written once, when the import ends.
/// </summary>
public sealed class ImportOffre : IVersionne
{
    private ImportOffre()
    {
        Format = string.Empty;
    }

    /// <summary>Starts a report.</summary>
    /// <param name="format">The file's format (json, csv, lheo).</param>
    /// <param name="nomFichier">The file's name, if known.</param>
    /// <param name="compteId">The account that imported.</param>
    /// <param name="structureId">The funder structure it imported for; null for an administrator.</param>
    /// <param name="le">When.</param>
    public ImportOffre(string format, string? nomFichier, Guid? compteId, Guid? structureId, DateTimeOffset le)
        : this()
    {
        Id = Guid.NewGuid();
        Format = format;
        NomFichier = nomFichier is { Length: > 200 } ? nomFichier[..200] : nomFichier;
        CompteId = compteId;
        StructureId = structureId;
        Le = le;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The file's format: <c>json</c>, <c>csv</c> or <c>lheo</c>.</summary>
    public string Format { get; private set; }

    /// <summary>The file's name, if given.</summary>
    public string? NomFichier { get; private set; }

    /// <summary>The account that imported.</summary>
    public Guid? CompteId { get; private set; }

    /// <summary>The funder structure it imported for; null for an administrator.</summary>
    public Guid? StructureId { get; private set; }

    /// <summary>When it started.</summary>
    public DateTimeOffset Le { get; private set; }

    /// <summary>Lines that created a session (and its action when new).</summary>
    public int Creees { get; private set; }

    /// <summary>Lines that changed an existing action or session.</summary>
    public int MisesAJour { get; private set; }

    /// <summary>Lines identical to what is stored: nothing written.</summary>
    public int Inchangees { get; private set; }

    /// <summary>Lines refused: nothing of them written.</summary>
    public int Rejetees => Rejets.Count;

    /// <summary>The refused lines with their reasons.</summary>
    public IReadOnlyList<RejetImport> Rejets { get; private set; } = [];

    /// <summary>Why the file could not be read to its end, if it could not.</summary>
    public string? Interruption { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>Counts one line's outcome.</summary>
    /// <param name="resultat">What the line did.</param>
    public void Compter(ResultatLigne resultat)
    {
        switch (resultat)
        {
            case ResultatLigne.Creee: Creees++; break;
            case ResultatLigne.MiseAJour: MisesAJour++; break;
            default: Inchangees++; break;
        }
    }

    /// <summary>Records a refused line.</summary>
    /// <param name="rejet">The rejection.</param>
    public void Rejeter(RejetImport rejet) => Rejets = [.. Rejets, rejet];

    /// <summary>Records that the file could not be read to its end.</summary>
    /// <param name="raison">Why.</param>
    public void Interrompre(string raison) => Interruption = raison.Length > 1000 ? raison[..1000] : raison;

    /// <inheritdoc />
    public void IncrementerVersion() => Version++;
}
