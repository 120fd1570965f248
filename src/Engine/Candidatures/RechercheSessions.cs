namespace Rafael.Engine.Candidatures;

/// <summary>The search of open sessions a prescriber may pre-register on (CAND-01, HAB-03).</summary>
/// <param name="Texte">Free text on the title or the reference.</param>
/// <param name="Lieu">Département (2 or 3 characters) or town.</param>
/// <param name="Du">Sessions ending on or after this date.</param>
/// <param name="Au">Sessions starting on or before this date.</param>
/// <param name="Dispositif">Dispositif code.</param>
/// <param name="Mesure">Mesure code.</param>
/// <param name="AvecPlacesRestantes">Only sessions whose quota is not reached (CAND-03).</param>
public sealed record RechercheSessions(string? Texte, string? Lieu, DateOnly? Du, DateOnly? Au, string? Dispositif, string? Mesure, bool AvecPlacesRestantes);
