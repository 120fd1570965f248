namespace Rafael.Engine.Candidatures;

/// <summary>The OF's verdict as typed (AVIS-02, AVIS-03, AVIS-06).</summary>
/// <param name="Retenue">Oui (recrutement accepté, or conforme on HSP) or Non.</param>
/// <param name="DateEntreePrevue">Planned entry date, mandatory when retained.</param>
/// <param name="DateSortiePrevue">Planned exit date, mandatory when retained.</param>
/// <param name="HeuresHebdomadaires">Weekly hours (1 to 40), mandatory when retained.</param>
/// <param name="Motif">Main refusal motif, kebab-case: <c>prerequis-non-satisfaits</c>, <c>session-complete</c>, <c>autres</c>…; on HSP
/// <c>non-conformite-administrative</c> or <c>personne-injoignable</c>.</param>
/// <param name="Raison">Reason (at most 500 characters); mandatory for <c>autres</c> and on HSP.</param>
/// <param name="Commentaire">Comment (at most 250 characters).</param>
public sealed record AvisSaisi(
    bool Retenue,
    DateOnly? DateEntreePrevue,
    DateOnly? DateSortiePrevue,
    decimal? HeuresHebdomadaires,
    string? Motif,
    string? Raison,
    string? Commentaire);
