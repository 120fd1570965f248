namespace Rafael.Portal.Models;

/// <summary>A rejected line of an import: its number, the columns concerned, why, and the rule if one refused it.</summary>
public sealed record RejetImportDto(int Ligne, IReadOnlyList<string> Champs, string Raison, string? Regle);
