using Microsoft.AspNetCore.Mvc;

namespace Rafael.Api.Infrastructure;

/// <summary>French titles for the problems the framework writes itself (401, 404 of an unknown route, 405…).</summary>
internal static class TitresFrancais
{
    public static string? Pour(ProblemDetails details) => details.Status switch
    {
        StatusCodes.Status400BadRequest when details.Title is null or "Bad Request" or "One or more validation errors occurred." => "Requête invalide.",
        StatusCodes.Status401Unauthorized when details.Title is null or "Unauthorized" => "Connectez-vous pour continuer.",
        StatusCodes.Status403Forbidden when details.Title is null or "Forbidden" => "Action non autorisée.",
        StatusCodes.Status404NotFound when details.Title is null or "Not Found" => "Introuvable.",
        StatusCodes.Status405MethodNotAllowed => "Méthode non autorisée sur cette adresse.",
        StatusCodes.Status415UnsupportedMediaType => "Envoyez du JSON (Content-Type: application/json).",
        StatusCodes.Status500InternalServerError when details.Title is null or "An error occurred while processing your request." => "Une erreur inattendue est survenue : réessayez, ou signalez-la au support avec l'identifiant de trace.",
        _ => details.Title,
    };
}
