using Rafael.Engine.Candidatures;

namespace Rafael.Api.Contracts.Candidatures;

/// <summary>The query string of the candidature lists (DASH-02).</summary>
public sealed record FiltreRequete(
    bool? Terminees,
    RoleStructure? Role,
    EtatCandidature? Etat,
    string? Dispositif,
    DateOnly? DebutApres,
    DateOnly? FinAvant,
    string? Texte,
    Guid? SessionId,
    int? Page,
    int? Taille)
{
    /// <summary>The Engine's filter.</summary>
    /// <returns>The filter, with default paging.</returns>
    public FiltreCandidatures VersFiltre() => new(Terminees, Role, Etat, Dispositif, DebutApres, FinAvant, Texte, SessionId, Page ?? 1, Taille ?? 50);
}
