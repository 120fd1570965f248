namespace Rafael.Portal.Models;

/// <summary>One page of the catalogue as the Api sends it.</summary>
public sealed record PageCatalogueDto<T>(IReadOnlyList<T> Elements, int Total, int Page, int Taille);
