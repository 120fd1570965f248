using Rafael.Engine.OffreInfo;

namespace Rafael.Engine.Catalogue;

/// <summary>A certification a session targets (CAT-07): one of its action's, with how it is validated.</summary>
/// <param name="Code">The certification's code, one of the action's.</param>
/// <param name="TypeValidation">Totale, partielle or mixte.</param>
/// <param name="Blocs">The blocs de compétences covered, required for partielle or mixte.</param>
public sealed record CertificationSession(string Code, TypeValidationCertification TypeValidation, IReadOnlyList<string> Blocs);
