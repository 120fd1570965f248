namespace Rafael.Portal.Models;

/// <summary>The report of a funded-offer import (CAT-04): what was created, updated, left unchanged, and each rejected line.</summary>
public sealed record ImportOffreDto(
    Guid Id,
    string Format,
    string? NomFichier,
    DateTimeOffset Le,
    int Creees,
    int MisesAJour,
    int Inchangees,
    int Rejetees,
    IReadOnlyList<RejetImportDto> Rejets,
    string? Interruption);
