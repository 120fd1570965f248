namespace Rafael.Engine.Catalogue;

/// <summary>One page of a list.</summary>
/// <typeparam name="T">Item type.</typeparam>
/// <param name="Elements">The items.</param>
/// <param name="Total">How many in all.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="Taille">Page size.</param>
public sealed record PageCatalogue<T>(IReadOnlyList<T> Elements, int Total, int Page, int Taille);
