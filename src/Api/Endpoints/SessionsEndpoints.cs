using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts.Catalogue;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Catalogue;

namespace Rafael.Api.Endpoints;

/// <summary>Sessions: read, change, duplicate, cancel, delete (CAT-07 to CAT-10, CAT-12).</summary>
internal static class SessionsEndpoints
{
    public static IEndpointRouteBuilder MapSessionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions").WithTags("Catalogue").RequireAuthorization();
        group.MapGet("/{id:guid}", Lire);
        group.MapPut("/{id:guid}", Modifier).Valider<SessionRequete>();
        group.MapPost("/{id:guid}/dupliquer", Dupliquer);
        group.MapPost("/{id:guid}/annuler", Annuler);
        group.MapPost("/{id:guid}/supprimer", Supprimer).Valider<MotifRequete>();
        group.MapPost("/{id:guid}/suppression/accepter", (Guid id, ActeurCourant courant, SessionsService sessions, CancellationToken ct) => DeciderAsync(id, true, null, courant, sessions, ct));
        group.MapPost("/{id:guid}/suppression/refuser", (Guid id, MotifRequete? r, ActeurCourant courant, SessionsService sessions, CancellationToken ct) => DeciderAsync(id, false, r?.Motif, courant, sessions, ct));
        return app;
    }

    private static async Task<Ok<SessionDto>> Lire(Guid id, ActeurCourant courant, SessionsService sessions, CatalogueService catalogue, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("session.lire", ct);
        var (session, action) = await sessions.TrouverAsync(id, ct);
        await catalogue.LireAsync(acteur, action.Id, ct);
        return TypedResults.Ok(SessionDto.De(session, AvertissementsCatalogue.Session(action, session)));
    }

    private static async Task<Ok<SessionDto>> Modifier(Guid id, SessionRequete r, ActeurCourant courant, SessionsService sessions, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("session.modifier", ct);
        var session = await sessions.ModifierAsync(acteur, id, r.VersSaisie(), ct);
        return TypedResults.Ok(SessionDto.De(session));
    }

    private static async Task<Created<SessionDto>> Dupliquer(Guid id, ActeurCourant courant, SessionsService sessions, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("session.dupliquer", ct);
        var session = await sessions.DupliquerAsync(acteur, id, ct);
        return TypedResults.Created($"/api/sessions/{session.Id}", SessionDto.De(session));
    }

    private static async Task<Ok<SessionDto>> Annuler(Guid id, ActeurCourant courant, SessionsService sessions, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("session.annuler", ct);
        var session = await sessions.AnnulerAsync(acteur, id, ct);
        return TypedResults.Ok(SessionDto.De(session));
    }

    private static async Task<Ok<SessionDto>> Supprimer(Guid id, MotifRequete r, ActeurCourant courant, SessionsService sessions, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("session.supprimer", ct);
        var session = await sessions.SupprimerAsync(acteur, id, r.Motif, ct);
        return TypedResults.Ok(SessionDto.De(session));
    }

    private static async Task<Ok<SessionDto>> DeciderAsync(Guid id, bool accepter, string? motif, ActeurCourant courant, SessionsService sessions, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync(accepter ? "session.accepter-suppression" : "session.refuser-suppression", ct);
        var session = await sessions.DeciderSuppressionAsync(acteur, id, accepter, motif, ct);
        return TypedResults.Ok(SessionDto.De(session));
    }
}
