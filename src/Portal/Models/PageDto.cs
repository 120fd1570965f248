namespace Rafael.Portal.Models;

/// <summary>One page of a list.</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Lignes, int Total, int Page, int Taille);
