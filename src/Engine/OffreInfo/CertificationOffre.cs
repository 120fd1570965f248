namespace Rafael.Engine.OffreInfo;

/// <summary>A certification prepared by an action, known by at least one of its codes (CAT-05).</summary>
/// <param name="CodeRncp">RNCP number, digits only (<c>35819</c> for RNCP35819), if any.</param>
/// <param name="CodeRs">Répertoire spécifique number, digits only, if any.</param>
/// <param name="CodeCertifInfo">Certif Info code, if any.</param>
public sealed record CertificationOffre(string? CodeRncp, string? CodeRs, string? CodeCertifInfo);
