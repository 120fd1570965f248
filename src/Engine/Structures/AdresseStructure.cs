namespace Rafael.Engine.Structures;

/// <summary>A structure's postal address (ACC-01).</summary>
/// <param name="Ligne">Street and number.</param>
/// <param name="CodePostal">Five-digit postal code.</param>
/// <param name="Ville">City.</param>
/// <param name="Departement">Département code (for example <c>33</c>, <c>2A</c>, <c>971</c>).</param>
public sealed record AdresseStructure(string Ligne, string CodePostal, string Ville, string Departement);
