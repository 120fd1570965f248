using Rafael.Engine.Candidatures;

namespace Rafael.Api.Contracts.Candidatures;

/// <summary>What happened at the last convocation (AVIS-01).</summary>
public sealed record ResultatConvocationRequete(ResultatConvocation? Resultat);
