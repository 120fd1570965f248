namespace Rafael.Portal.Models;

/// <summary>A certification an action prepares.</summary>
public sealed record CertificationAction(string Code, string Libelle);
