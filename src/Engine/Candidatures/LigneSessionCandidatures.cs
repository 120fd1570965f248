namespace Rafael.Engine.Candidatures;

/// <summary>A line of the list by session (DASH-02): the session as the OF reads it, and its candidatures counted by state.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Reference">Numéro Carif.</param>
/// <param name="Intitule">The action's title.</param>
/// <param name="Financeur">The funder's name.</param>
/// <param name="NumeroMarche">Market number.</param>
/// <param name="Dispositif">Dispositif code.</param>
/// <param name="Mesure">Mesure code.</param>
/// <param name="Responsable">The Responsable structure's name.</param>
/// <param name="Positionneur">The Positionneur structure's name.</param>
/// <param name="Formateur">The Formateur structure's name.</param>
/// <param name="Lieu">Postal code and town of the place of training.</param>
/// <param name="DateDebut">Start date.</param>
/// <param name="DateFin">End date.</param>
/// <param name="Etat">The session's status in its definition.</param>
/// <param name="LibelleEtat">Its French label.</param>
/// <param name="Roles">The roles of the caller's structure on the session (empty for a prescriber or an administrator).</param>
/// <param name="Inscrits">Candidatures taking a place (CAND-03: in progress or retained), whoever made them.</param>
/// <param name="Maximum">The quota (CAND-03).</param>
/// <param name="Comptes">The candidatures the caller may count on this session, by state (CAND-06).</param>
public sealed record LigneSessionCandidatures(
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
    ComptesParEtat Comptes);
