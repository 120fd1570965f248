namespace Rafael.Engine.OffreInfo;

/// <summary>A certification targeted by a session, with how it is validated (CAT-07).</summary>
/// <param name="Certification">One of the action's certifications.</param>
/// <param name="TypeValidation">Totale, partielle or mixte.</param>
/// <param name="Blocs">The blocs de compétences covered (partielle or mixte).</param>
public sealed record CertificationVisee(CertificationOffre Certification, TypeValidationCertification TypeValidation, IReadOnlyList<BlocCompetences> Blocs);
