namespace Rafael.Api.Contracts.Candidatures;

/// <summary>A convocation's date and time (AVIS-01).</summary>
public sealed record ConvocationRequete(DateTimeOffset? Date);
