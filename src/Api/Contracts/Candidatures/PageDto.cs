namespace Rafael.Api.Contracts.Candidatures;

/// <summary>One page of a list (DASH-02).</summary>
/// <typeparam name="T">The line type.</typeparam>
public sealed record PageDto<T>(IReadOnlyList<T> Lignes, int Total, int Page, int Taille);
