namespace Rafael.Engine.Catalogue;

/// <summary>An action in a list.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Reference">Reference.</param>
/// <param name="Intitule">Title.</param>
/// <param name="Statut">Status (the tab).</param>
/// <param name="Conventionnee">Funded.</param>
/// <param name="ResponsableId">Responsable.</param>
/// <param name="ModifieeLe">Last changed.</param>
/// <param name="NombreSessions">Sessions not cancelled nor deleted.</param>
public sealed record ActionResume(Guid Id, string Reference, string Intitule, string Statut, bool Conventionnee, Guid ResponsableId, DateTimeOffset ModifieeLe, int NombreSessions);
