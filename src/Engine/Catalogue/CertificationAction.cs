namespace Rafael.Engine.Catalogue;

/// <summary>A certification an action leads to (CAT-05): Certif Info, RNCP or RS code and its label.</summary>
/// <param name="Code">The code (for example <c>RNCP35185</c> or a Certif Info number).</param>
/// <param name="Libelle">Its label.</param>
public sealed record CertificationAction(string Code, string Libelle);
