namespace Rafael.Engine.Catalogue;

/// <summary>A contact person of an action or a session (CAT-05, CAT-07).</summary>
/// <param name="Nom">Name.</param>
/// <param name="Telephone">Phone, if given.</param>
/// <param name="Email">Email, if given.</param>
public sealed record ContactFormation(string Nom, string? Telephone, string? Email);
