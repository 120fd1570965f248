namespace Rafael.Engine.Candidatures;

/// <summary>What to do with one candidature of a batch: the convocation date, the attendance, or the verdict,
/// according to the step (LOT-01). Dates and hours left empty take the LOT-02 defaults on fixed-date sessions.</summary>
/// <param name="CandidatureId">The candidature.</param>
/// <param name="Resultat">Attendance (step 2).</param>
/// <param name="Avis">Verdict (steps 3 and 4).</param>
public sealed record DecisionLot(Guid CandidatureId, ResultatConvocation? Resultat = null, AvisSaisi? Avis = null);
