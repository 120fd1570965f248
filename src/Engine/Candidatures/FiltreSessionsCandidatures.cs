namespace Rafael.Engine.Candidatures;

/// <summary>The filters of the list by session (DASH-02), the same as the list by candidature's where they apply.</summary>
/// <param name="Terminees">False: sessions en cours et à venir; true: terminées; null: both.</param>
/// <param name="Role">Role of the caller's structure on the session; null: any session the caller sees.</param>
/// <param name="Etat">The session's state (a status of the <c>session</c> definition, such as <c>ouverte</c>).</param>
/// <param name="Dispositif">Session type (dispositif code).</param>
/// <param name="DebutApres">Sessions starting on or after.</param>
/// <param name="FinAvant">Sessions ending on or before.</param>
/// <param name="Texte">Free text: session or action reference, title, market number.</param>
/// <param name="Page">1-based page.</param>
/// <param name="Taille">Page size (1 to 500).</param>
public sealed record FiltreSessionsCandidatures(
    bool? Terminees = null,
    RoleStructure? Role = null,
    string? Etat = null,
    string? Dispositif = null,
    DateOnly? DebutApres = null,
    DateOnly? FinAvant = null,
    string? Texte = null,
    int Page = 1,
    int Taille = 50);
