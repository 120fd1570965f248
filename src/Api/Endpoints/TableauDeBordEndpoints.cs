using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts.Candidatures;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Candidatures;

namespace Rafael.Api.Endpoints;

/// <summary>The candidature dashboard of the caller's structure (DASH-01).</summary>
internal static class TableauDeBordEndpoints
{
    public static IEndpointRouteBuilder MapTableauDeBordEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tableau-de-bord").WithTags("Tableau de bord").RequireAuthorization();
        group.MapGet("/candidatures", Candidatures);
        return app;
    }

    private static async Task<Ok<TableauDeBordDto>> Candidatures(ActeurCourant courant, TableauDeBordLecture lecture, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("tableau-de-bord.candidatures", ct);
        var lignes = await lecture.CalculerAsync(acteur, ct);
        return TypedResults.Ok(new TableauDeBordDto(acteur.StructureCouranteId!.Value, lignes));
    }
}
