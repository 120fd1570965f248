namespace Rafael.Engine.Catalogue.Import;

/// <summary>A line of an import that was refused, and why (nothing of it was written).</summary>
/// <param name="Ligne">The line number in the file (CSV: the header is line 1; JSON: the first object is line 1; LHEO: the n-th session).</param>
/// <param name="Champs">The fields at fault, as named in the file.</param>
/// <param name="Raison">The reason, in French.</param>
/// <param name="Regle">The DOMAIN.md rule that refused it, if a rule did.</param>
public sealed record RejetImport(int Ligne, IReadOnlyList<string> Champs, string Raison, string? Regle);
