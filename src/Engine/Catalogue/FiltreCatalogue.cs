namespace Rafael.Engine.Catalogue;

/// <summary>A catalogue list's tab, filter, sort and page.</summary>
public sealed record FiltreCatalogue
{
    /// <summary>Largest page.</summary>
    public const int TailleMax = 100;

    /// <summary>The tab: a status of the action's definition (brouillon, creee, alerte, publiee, modifiee, archivee,
    /// supprimee; for funded actions en-attente-validation, en-attente-publication…, CIR-07); all when null.</summary>
    public string? Onglet { get; init; }

    /// <summary>Funded actions only (true), non-funded only (false), or both.</summary>
    public bool? Conventionnee { get; init; }

    /// <summary>Words of the title, or a reference.</summary>
    public string? Recherche { get; init; }

    /// <summary>For administrators: one OF's actions.</summary>
    public Guid? ResponsableId { get; init; }

    /// <summary>Sort: <c>intitule</c>, <c>reference</c> or <c>modification</c> (default, most recent first).</summary>
    public string? Tri { get; init; }

    /// <summary>Ascending order.</summary>
    public bool Croissant { get; init; }

    /// <summary>Page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Page size.</summary>
    public int Taille { get; init; } = 20;
}
