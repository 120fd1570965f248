namespace Rafael.Api.Contracts.Candidatures;

/// <summary>The OF's verdict (AVIS-02, AVIS-03, AVIS-06). <c>Retenue</c> answers « Recrutement accepté ? » (or the
/// administrative conformity on HSP).</summary>
public sealed record AvisRequete(
    bool? Retenue,
    DateOnly? DateEntreePrevue,
    DateOnly? DateSortiePrevue,
    decimal? HeuresHebdomadaires,
    string? Motif,
    string? Raison,
    string? Commentaire);
