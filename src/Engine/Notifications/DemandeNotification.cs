using System.Text.Json;

namespace Rafael.Engine.Notifications;

/// <summary>A notification to build: the template, the outbox payload and the recipient roles asked for.</summary>
/// <param name="Modele">The template's name (the outbox type without <c>notification.</c>).</param>
/// <param name="Sujet">The process subject (<c>demande</c>, <c>action</c>…), null for a direct event.</param>
/// <param name="Id">The subject's identifier, null for a direct event.</param>
/// <param name="Contenu">The whole payload.</param>
/// <param name="Roles">The recipient roles.</param>
public sealed record DemandeNotification(string Modele, string? Sujet, string? Id, JsonElement Contenu, IReadOnlyList<string> Roles)
{
    /// <summary>A string property of the payload.</summary>
    /// <param name="nom">The property.</param>
    /// <returns>Its value, or null.</returns>
    public string? Texte(string nom) =>
        Contenu.ValueKind == JsonValueKind.Object && Contenu.TryGetProperty(nom, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A Guid property of the payload (<c>id</c>, <c>droitId</c>…).</summary>
    /// <param name="nom">The property.</param>
    /// <returns>Its value.</returns>
    /// <exception cref="NotificationImpossibleException">It is missing.</exception>
    public Guid Identifiant(string nom) =>
        Guid.TryParse(Texte(nom), out var id) ? id : throw new NotificationImpossibleException($"Le message « {Modele} » n'a pas d'identifiant « {nom} ».");
}
