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
/// <param name="Responsable">The Responsable's name (the list's "Responsable" column), when the list reads it.</param>
/// <param name="PremiereSession">The earliest start of those sessions (the list's "Date(s) session(s)" column).</param>
/// <param name="DerniereSession">The latest end of those sessions.</param>
public sealed record ActionResume(
    Guid Id,
    string Reference,
    string Intitule,
    string Statut,
    bool Conventionnee,
    Guid ResponsableId,
    DateTimeOffset ModifieeLe,
    int NombreSessions,
    string? Responsable = null,
    DateOnly? PremiereSession = null,
    DateOnly? DerniereSession = null);
