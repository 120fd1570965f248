namespace Rafael.Portal.Models;

/// <summary>LOT-04: why one candidature of a refused batch could not be processed (each rule and its message).</summary>
public sealed record RefusCandidature(Guid Id, string Candidat, IReadOnlyList<string> Raisons);
