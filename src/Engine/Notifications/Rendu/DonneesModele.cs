using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rafael.Engine.Notifications.Rendu;

/// <summary>
/// What a template sees: its model's properties at the root in snake_case (<c>{{ demandeur.prenom }}</c>,
/// <c>{{ motif_refus }}</c>), plus <c>destinataire</c> (prenom, nom, email, role) and <c>plateforme</c> (nom, url).
/// </summary>
public static class DonneesModele
{
    /// <summary>Names in templates: Scriban's convention.</summary>
    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Builds the root object of a rendering.</summary>
    /// <param name="donnees">The model DTO.</param>
    /// <param name="destinataire">Who receives it.</param>
    /// <param name="plateforme">The platform's name and address.</param>
    /// <returns>Plain JSON values.</returns>
    public static JsonObject Construire(object donnees, Destinataires.Destinataire destinataire, OptionsNotifications plateforme)
    {
        ArgumentNullException.ThrowIfNull(donnees);
        ArgumentNullException.ThrowIfNull(destinataire);
        ArgumentNullException.ThrowIfNull(plateforme);
        var racine = JsonSerializer.SerializeToNode(donnees, donnees.GetType(), Json)!.AsObject();
        racine["destinataire"] = new JsonObject
        {
            ["prenom"] = destinataire.Prenom,
            ["nom"] = destinataire.Nom,
            ["email"] = destinataire.Email,
            ["role"] = destinataire.Role,
        };
        racine["plateforme"] = new JsonObject { ["nom"] = plateforme.NomPlateforme, ["url"] = plateforme.UrlPublique.TrimEnd('/') };
        return racine;
    }
}
