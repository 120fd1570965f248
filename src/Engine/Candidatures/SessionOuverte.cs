namespace Rafael.Engine.Candidatures;

/// <summary>A session open to pre-registration, with its quota and the places taken (CAND-03).</summary>
/// <param name="Session">The session.</param>
/// <param name="Quota">Coefficient × effectif visé (POEC: × capacité d'accueil), rounded down.</param>
/// <param name="CandidaturesEnCours">Candidatures in progress or retained.</param>
public sealed record SessionOuverte(SessionCandidatable Session, int Quota, int CandidaturesEnCours)
{
    /// <summary>Places left before the quota.</summary>
    public int PlacesRestantes => Math.Max(0, Quota - CandidaturesEnCours);
}
