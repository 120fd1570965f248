namespace Rafael.Portal.Models;

/// <summary>A line of the list by session (DASH-02): the session and its candidatures counted by state.</summary>
public sealed record LigneSessionCandidaturesDto(
    Guid SessionId,
    string Reference,
    string Intitule,
    string? Financeur,
    string? NumeroMarche,
    string Dispositif,
    string Mesure,
    string Responsable,
    string Positionneur,
    string Formateur,
    string Lieu,
    DateOnly DateDebut,
    DateOnly DateFin,
    string Etat,
    string LibelleEtat,
    IReadOnlyList<RoleStructure> Roles,
    int Inscrits,
    int Maximum,
    ComptesParEtatDto Comptes);
