namespace Rafael.Engine.Notifications.Donnees;

/// <summary>A structure as a template sees it: <c>{{ structure.nom }}</c>.</summary>
/// <param name="Nom">Its usual name.</param>
/// <param name="Siret">Its SIRET (empty when unknown).</param>
public sealed record StructureNotifiee(string Nom, string Siret);
