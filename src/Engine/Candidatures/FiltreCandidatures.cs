namespace Rafael.Engine.Candidatures;

/// <summary>The filters of the candidature lists (DASH-02).</summary>
/// <param name="Terminees">False: sessions en cours et à venir; true: terminées; null: both.</param>
/// <param name="Role">Role of the caller's structure on the session; null: any role that sees the candidature.</param>
/// <param name="Etat">State.</param>
/// <param name="Dispositif">Session type (dispositif code).</param>
/// <param name="DebutApres">Sessions starting on or after.</param>
/// <param name="FinAvant">Sessions ending on or before.</param>
/// <param name="Texte">Free text: candidate's name, session reference or title.</param>
/// <param name="SessionId">One session.</param>
/// <param name="Page">1-based page.</param>
/// <param name="Taille">Page size (1 to 500).</param>
public sealed record FiltreCandidatures(
    bool? Terminees = null,
    RoleStructure? Role = null,
    EtatCandidature? Etat = null,
    string? Dispositif = null,
    DateOnly? DebutApres = null,
    DateOnly? FinAvant = null,
    string? Texte = null,
    Guid? SessionId = null,
    int Page = 1,
    int Taille = 50);
