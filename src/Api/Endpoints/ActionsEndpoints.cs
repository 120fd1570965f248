using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts.Catalogue;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Catalogue;

namespace Rafael.Api.Endpoints;

/// <summary>Actions de formation, their sessions and their publication circuit (CAT-01 to CAT-14, CIR-01 to CIR-07).</summary>
internal static class ActionsEndpoints
{
    public static IEndpointRouteBuilder MapActionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/actions").WithTags("Catalogue").RequireAuthorization();
        group.MapPost("", Creer).Valider<ActionRequete>();
        group.MapPost("/doublons", Doublons).Valider<ActionRequete>();
        group.MapPost("/conventionnees", CreerConventionnee).Valider<ActionConventionneeRequete>();
        group.MapGet("/{id:guid}", Lire);
        group.MapPut("/{id:guid}", Modifier).Valider<ActionRequete>();
        group.MapPost("/{id:guid}/sessions", AjouterSession).Valider<SessionRequete>();
        foreach (var (chemin, declencheur) in new[]
        {
            ("valider", "valider"), ("publier", "publier"), ("alerte", "demanderComplements"), ("completer", "completer"),
            ("archiver", "archiver"), ("supprimer", "supprimer"), ("republier", "republier"),
        })
        {
            group.MapPost($"/{{id:guid}}/{chemin}", (Guid id, EtapeCircuitRequete? r, ActeurCourant courant, PublicationService publication, CatalogueService catalogue, CancellationToken ct) =>
                EtapeAsync(id, declencheur, r, courant, publication, catalogue, ct));
        }

        return app;
    }

    private static async Task<Created<ActionDto>> Creer(ActionRequete r, ActeurCourant courant, CatalogueService catalogue, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("action.creer", ct);
        var action = await catalogue.CreerActionAsync(acteur, r.VersSaisie(), ct);
        return TypedResults.Created($"/api/actions/{action.Id}", ActionDto.De(action, []));
    }

    private static async Task<Ok<IReadOnlyList<ActionResume>>> Doublons(ActionRequete r, ActeurCourant courant, ListesCatalogue listes, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("action.doublons", ct);
        return TypedResults.Ok(await listes.DoublonsAsync(acteur, r.Intitule!, [.. (r.Certifications ?? []).Select(c => c.Code)], ct));
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

    private static async Task<Ok<ActionDto>> Modifier(Guid id, ActionRequete r, ActeurCourant courant, PublicationService publication, CatalogueService catalogue, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("action.modifier", ct);
        await publication.ModifierAsync(acteur, id, r.VersSaisie(), ct);
        var (action, sessions) = await catalogue.LireAsync(acteur, id, ct);
        return TypedResults.Ok(ActionDto.De(action, sessions));
    }

    private static async Task<Created<SessionDto>> AjouterSession(Guid id, SessionRequete r, ActeurCourant courant, SessionsService sessions, CatalogueService catalogue, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("session.ajouter", ct);
        var session = await sessions.AjouterAsync(acteur, id, r.VersSaisie(), ct);
        var action = await catalogue.TrouverAsync(id, ct);
        return TypedResults.Created($"/api/sessions/{session.Id}", SessionDto.De(session, AvertissementsCatalogue.Session(action, session)));
    }

    private static async Task<Ok<ActionDto>> EtapeAsync(Guid id, string declencheur, EtapeCircuitRequete? r, ActeurCourant courant, PublicationService publication, CatalogueService catalogue, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("action." + declencheur, ct);
        await publication.FaireAsync(acteur, id, declencheur, r?.Demande?.Trim(), r?.Confirmation ?? false, ct);
        var (action, sessions) = await catalogue.LireAsync(acteur, id, ct);
        return TypedResults.Ok(ActionDto.De(action, sessions));
    }
}
