namespace Rafael.Engine.Candidatures;

/// <summary>One page of a list.</summary>
/// <typeparam name="T">The line type.</typeparam>
/// <param name="Lignes">The lines.</param>
/// <param name="Total">How many lines match, over all pages.</param>
/// <param name="Page">The page.</param>
/// <param name="Taille">The page size.</param>
public sealed record PageCandidatures<T>(IReadOnlyList<T> Lignes, int Total, int Page, int Taille);
