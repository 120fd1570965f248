namespace Rafael.Engine.Candidatures;

/// <summary>Why one candidature of a batch cannot move (LOT-04).</summary>
/// <param name="CandidatureId">The candidature.</param>
/// <param name="Candidat">The candidate's name.</param>
/// <param name="Refus">The failed rules: (rule ID, French message).</param>
public sealed record RefusLot(Guid CandidatureId, string Candidat, IReadOnlyList<(string Regle, string Message)> Refus);
