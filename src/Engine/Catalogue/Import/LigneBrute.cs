namespace Rafael.Engine.Catalogue.Import;

/// <summary>A line of a flat import file before it is typed: its number and its fields by column name.</summary>
/// <param name="Numero">Its number in the file.</param>
/// <param name="Champs">Its fields by column name (case-insensitive); an empty field is null.</param>
/// <param name="Erreur">Why the line itself is malformed (wrong number of fields), if it is.</param>
public sealed record LigneBrute(int Numero, IReadOnlyDictionary<string, string?> Champs, string? Erreur = null);
