using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts.Catalogue;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Catalogue;

namespace Rafael.Api.Endpoints;

/// <summary>Catalogue lists: by tab with filter, sort and paging (CIR-07), and the administrators' queues (CIR-05, CAT-10).</summary>
internal static class CatalogueEndpoints
{
    public static IEndpointRouteBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalogue").WithTags("Catalogue").RequireAuthorization();
        group.MapGet("/actions", Lister);
        group.MapGet("/a-verifier", AVerifier);
        group.MapGet("/suppressions-demandees", SuppressionsDemandees);
        return app;
    }

    private static async Task<Ok<PageCatalogue<ActionResume>>> Lister(
        string? onglet, bool? conventionnee, string? recherche, Guid? responsableId, string? tri, bool? croissant, int? page, int? taille,
        ActeurCourant courant, ListesCatalogue listes, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("catalogue.lister", ct);
        var filtre = new FiltreCatalogue
        {
            Onglet = onglet, Conventionnee = conventionnee, Recherche = recherche, ResponsableId = responsableId, Tri = tri,
            Croissant = croissant ?? false, Page = page ?? 1, Taille = taille ?? 20,
        };
        return TypedResults.Ok(await listes.ListerAsync(acteur, filtre, ct));
    }

    private static async Task<Ok<PageCatalogue<ActionResume>>> AVerifier(string? recherche, int? page, int? taille, ActeurCourant courant, ListesCatalogue listes, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("catalogue.a-verifier", ct);
        return TypedResults.Ok(await listes.AVerifierAsync(acteur, new FiltreCatalogue { Recherche = recherche, Page = page ?? 1, Taille = taille ?? 20 }, ct));
    }

    private static async Task<Ok<IReadOnlyList<SessionDto>>> SuppressionsDemandees(ActeurCourant courant, ListesCatalogue listes, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("catalogue.suppressions-demandees", ct);
        return TypedResults.Ok<IReadOnlyList<SessionDto>>([.. (await listes.SuppressionsDemandeesAsync(acteur, ct)).Select(SessionDto.De)]);
    }
}
