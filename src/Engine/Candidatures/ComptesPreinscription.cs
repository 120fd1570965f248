namespace Rafael.Engine.Candidatures;

/// <summary>What CAND-02, CAND-03 and HAB-03 count, under the locks of <see cref="VerrousCandidatures"/>.</summary>
/// <param name="PlacesPrises">The session's candidatures that hold a place (CAND-03).</param>
/// <param name="EnCours">The candidate's candidatures in progress, every dispositif (CAND-02).</param>
/// <param name="EnCoursHsp">Those on HSP (CAND-02).</param>
/// <param name="MesuresHabilitees">The codes of the mesures the structure may pre-register on (HAB-03).</param>
internal sealed record ComptesPreinscription(int PlacesPrises, int EnCours, int EnCoursHsp, string[] MesuresHabilitees);
