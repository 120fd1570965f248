namespace Rafael.Portal.Models;

/// <summary>A contact person.</summary>
public sealed record ContactFormation(string Nom, string? Telephone, string? Email);
