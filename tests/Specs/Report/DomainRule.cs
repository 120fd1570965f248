namespace Rafael.Specs.Report;

/// <summary>A numbered business rule of DOMAIN.md, e.g. ACC-04.</summary>
public sealed record DomainRule(string Id, string Summary);
