namespace Rafael.Engine.Notifications.Donnees;

/// <summary>A training action as a template sees it.</summary>
/// <param name="Reference">Its 12-digit reference (CAT-02).</param>
/// <param name="Intitule">Its title.</param>
/// <param name="Organisme">Its organisme responsable.</param>
public sealed record ActionNotifiee(string Reference, string Intitule, StructureNotifiee Organisme);
