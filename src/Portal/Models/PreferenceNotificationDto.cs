namespace Rafael.Portal.Models;

/// <summary>An email the signed-in person may receive; the essential ones cannot be turned off.</summary>
public sealed record PreferenceNotificationDto(string Modele, string Description, bool Essentiel, bool Actif);
