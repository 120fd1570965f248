namespace Rafael.Engine.Candidatures;

/// <summary>The batch screen of a session (LOT-01, LOT-03): its header figures and the candidatures per step.</summary>
/// <param name="Session">The session.</param>
/// <param name="JoursRestantsPourLesAvis">Days left until the verdicts are due (AVIS-07), 0 when past.</param>
/// <param name="DateLimiteAvis">The day candidatures still awaiting a verdict become Avis non transmis.</param>
/// <param name="Etapes">The candidatures of each step.</param>
public sealed record EtatLot(SessionCandidatable Session, int JoursRestantsPourLesAvis, DateOnly DateLimiteAvis, IReadOnlyDictionary<EtapeLot, IReadOnlyList<Candidature>> Etapes);
