namespace Rafael.Engine.OffreInfo;

/// <summary>A contact person of an action or a session.</summary>
/// <param name="Civilite">Title (Madame, Monsieur), if given.</param>
/// <param name="Nom">Last name.</param>
/// <param name="Prenom">First name, if given.</param>
/// <param name="Telephone">Phone, if given.</param>
/// <param name="Courriel">Email, if given.</param>
public sealed record ContactOffre(string? Civilite, string Nom, string? Prenom, string? Telephone, string? Courriel);
