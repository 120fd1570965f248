using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts.Catalogue;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Catalogue;

namespace Rafael.Api.Endpoints;

/// <summary>Actions de formation and their sessions (CAT-01 to CAT-14).</summary>
internal static class ActionsEndpoints
{
    public static IEndpointRouteBuilder MapActionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/actions").WithTags("Catalogue").RequireAuthorization();
        group.MapPost("", Creer).Valider<ActionRequete>();
        group.MapPost("/conventionnees", CreerConventionnee).Valider<ActionConventionneeRequete>();
        group.MapGet("/{id:guid}", Lire);
        group.MapPost("/{id:guid}/sessions", AjouterSession).Valider<SessionRequete>();
        return app;
    }

    private static async Task<Created<ActionDto>> Creer(ActionRequete r, ActeurCourant courant, CatalogueService catalogue, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("action.creer", ct);
        var action = await catalogue.CreerActionAsync(acteur, r.VersSaisie(), ct);
        return TypedResults.Created($"/api/actions/{action.Id}", ActionDto.De(action, []));
    }

    private static async Task<Created<ActionDto>> CreerConventionnee(ActionConventionneeRequete r, ActeurCourant courant, CatalogueService catalogue, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("action.creer-conventionnee", ct);
        var action = await catalogue.CreerActionConventionneeAsync(acteur, r.ResponsableId!.Value, r.FinanceurId, r.Action!.VersSaisie(), ct);
        return TypedResults.Created($"/api/actions/{action.Id}", ActionDto.De(action, []));
    }

    private static async Task<Ok<ActionDto>> Lire(Guid id, ActeurCourant courant, CatalogueService catalogue, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("action.lire", ct);
        var (action, sessions) = await catalogue.LireAsync(acteur, id, ct);
        return TypedResults.Ok(ActionDto.De(action, sessions));
    }

    private static async Task<Created<SessionDto>> AjouterSession(Guid id, SessionRequete r, ActeurCourant courant, SessionsService sessions, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("session.ajouter", ct);
        var session = await sessions.AjouterAsync(acteur, id, r.VersSaisie(), ct);
        return TypedResults.Created($"/api/sessions/{session.Id}", SessionDto.De(session));
    }
}
