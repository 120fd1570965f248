namespace Rafael.Portal.Models;

/// <summary>A line of a candidature list.</summary>
public sealed record CandidatureResumeDto(Guid Id, Guid SessionId, string SessionReference, string SessionIntitule, DateOnly SessionDateDebut, DateOnly SessionDateFin, string Dispositif, string Mesure, string Nom, string Prenom, EtatCandidature Etat, string LibelleEtat, DateTimeOffset CreeeLe, int Version);
