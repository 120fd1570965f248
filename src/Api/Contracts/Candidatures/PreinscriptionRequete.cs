namespace Rafael.Api.Contracts.Candidatures;

/// <summary>A pre-registration of a candidate on a session (CAND-01).</summary>
public sealed record PreinscriptionRequete(Guid SessionId, CandidatSaisi Candidat);
