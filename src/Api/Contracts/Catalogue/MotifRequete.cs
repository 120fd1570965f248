namespace Rafael.Api.Contracts.Catalogue;

/// <summary>A reason: for a session deletion (CAT-10) or the refusal of one.</summary>
/// <param name="Motif">The reason.</param>
public sealed record MotifRequete(string? Motif);
