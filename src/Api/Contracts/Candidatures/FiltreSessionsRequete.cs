using Rafael.Engine.Candidatures;

namespace Rafael.Api.Contracts.Candidatures;

/// <summary>The query string of the list by session (DASH-02), named as the list by candidature's.</summary>
public sealed record FiltreSessionsRequete(
    bool? Terminees,
    RoleStructure? Role,
    string? Etat,
    string? Dispositif,
    DateOnly? DebutApres,
    DateOnly? FinAvant,
    string? Texte,
    int? Page,
    int? Taille)
{
    /// <summary>The Engine's filter.</summary>
    /// <returns>The filter, with default paging.</returns>
    public FiltreSessionsCandidatures VersFiltre() => new(Terminees, Role, Etat, Dispositif, DebutApres, FinAvant, Texte, Page ?? 1, Taille ?? 50);
}
