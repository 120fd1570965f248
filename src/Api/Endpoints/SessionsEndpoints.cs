using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts.Catalogue;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Catalogue;

namespace Rafael.Api.Endpoints;

/// <summary>Sessions: read, change, cancel (CAT-07, CAT-09, CAT-10, CAT-12).</summary>
internal static class SessionsEndpoints
{
    public static IEndpointRouteBuilder MapSessionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions").WithTags("Catalogue").RequireAuthorization();
        group.MapGet("/{id:guid}", Lire);
        group.MapPut("/{id:guid}", Modifier).Valider<SessionRequete>();
        group.MapPost("/{id:guid}/annuler", Annuler);
        return app;
    }

    private static async Task<Ok<SessionDto>> Lire(Guid id, ActeurCourant courant, SessionsService sessions, CatalogueService catalogue, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("session.lire", ct);
        var (session, action) = await sessions.TrouverAsync(id, ct);
        await catalogue.LireAsync(acteur, action.Id, ct);
        return TypedResults.Ok(SessionDto.De(session));
    }

    private static async Task<Ok<SessionDto>> Modifier(Guid id, SessionRequete r, ActeurCourant courant, SessionsService sessions, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("session.modifier", ct);
        var session = await sessions.ModifierAsync(acteur, id, r.VersSaisie(), ct);
        return TypedResults.Ok(SessionDto.De(session));
    }

    private static async Task<Ok<SessionDto>> Annuler(Guid id, ActeurCourant courant, SessionsService sessions, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("session.annuler", ct);
        var session = await sessions.AnnulerAsync(acteur, id, ct);
        return TypedResults.Ok(SessionDto.De(session));
    }
}
