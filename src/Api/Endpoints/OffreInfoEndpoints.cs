using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts;
using Rafael.Api.Infrastructure;
using Rafael.Engine.OffreInfo;

namespace Rafael.Api.Endpoints;

/// <summary>
/// The "Offre info" feed (CIR-08): the published catalogue in LHEO 2.3 for partners (Carif-Oref, Kairos, search
/// engines), public like the offer itself, and the administrators' report of what the feed leaves out and why.
/// </summary>
internal static class OffreInfoEndpoints
{
    public static IEndpointRouteBuilder MapOffreInfoEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/offre-info").WithTags("Offre info (LHEO)");
        group.MapGet("/lheo", Lheo)
            .AllowAnonymous()
            .Produces(StatusCodes.Status200OK, contentType: "application/xml")
            .Produces(StatusCodes.Status204NoContent)
            .WithSummary("Le catalogue publié au format LHEO 2.3, en entier ou les changements depuis un instant (?depuis=2026-11-01T00:00:00Z) ; ?kairos=true ne garde que les sessions « formation continue hors alternance » non financées.");
        group.MapGet("/rapport", Rapport)
            .RequireAuthorization(AdministrateurRequirement.Policy)
            .WithSummary("Ce que le flux exporterait : nombre d'actions et de sessions, et les actions écartées avec leurs raisons.");
        return app;
    }

    // Streamed straight to the response: the exporter holds one action at a time, never the whole feed.
    private static async Task Lheo(HttpContext http, DateTimeOffset? depuis, bool? kairos, ISourceOffreInfo source, LheoExporter exporteur, CancellationToken ct)
    {
        http.Response.ContentType = "application/xml; charset=utf-8";
        http.Response.Headers.ContentDisposition = "inline; filename=\"offre-info.xml\"";
        var resultat = await exporteur.ExporterAsync(source.LireAsync(depuis, ct), http.Response.Body, new OptionsExportLheo(depuis, kairos == true), ct);
        if (!resultat.DocumentEcrit && !http.Response.HasStarted)
        {
            // LHEO requires at least one formation: no change since the instant is an empty answer, not an invalid feed.
            http.Response.ContentType = null;
            http.Response.Headers.ContentDisposition = default;
            http.Response.StatusCode = StatusCodes.Status204NoContent;
        }
    }

    private static async Task<Ok<RapportOffreInfoDto>> Rapport(DateTimeOffset? depuis, bool? kairos, ActeurCourant courant, ISourceOffreInfo source, LheoExporter exporteur, CancellationToken ct)
    {
        await courant.ExigerAsync("offre-info.rapport", ct);
        var resultat = await exporteur.ExporterAsync(source.LireAsync(depuis, ct), Stream.Null, new OptionsExportLheo(depuis, kairos == true), ct);
        return TypedResults.Ok(new RapportOffreInfoDto(resultat.Horodatage, resultat.ActionsEcrites, resultat.SessionsEcrites, resultat.Ecartees.Count, resultat.Ecartees));
    }
}
