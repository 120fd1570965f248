using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts.Notifications;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Notifications.Preferences;

namespace Rafael.Api.Endpoints;

/// <summary>The caller's emails: which they receive, and turning the non-essential ones off or on (NOTIF-01).</summary>
internal static class PreferencesEndpoints
{
    public static IEndpointRouteBuilder MapPreferencesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/moi/notifications").WithTags("Mon compte").RequireAuthorization();
        group.MapGet("/", Lister).WithSummary("Les emails que je reçois : essentiels (toujours) et d'information (que je peux couper).");
        group.MapPut("/{modele}", Choisir).WithSummary("Coupe ou rétablit un email d'information ; un email essentiel ne se coupe pas (NOTIF-01).");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PreferenceNotificationDto>>> Lister(ActeurCourant courant, PreferencesService preferences, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("moi.notifications", ct);
        return TypedResults.Ok<IReadOnlyList<PreferenceNotificationDto>>([.. (await preferences.ListerAsync(acteur, ct)).Select(Dto)]);
    }

    private static async Task<Ok<PreferenceNotificationDto>> Choisir(string modele, PreferenceNotificationRequete requete, ActeurCourant courant, PreferencesService preferences, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("moi.notifications.choisir", ct);
        return TypedResults.Ok(Dto(await preferences.ChoisirAsync(acteur, modele, requete.Actif, ct)));
    }

    private static PreferenceNotificationDto Dto(PreferenceNotification p) => new(p.Modele, p.Description, p.Essentielle, p.Active);
}
