using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Journal;
using Rafael.Engine.Persistence;

namespace Rafael.Api.Endpoints;

/// <summary>The journal of changes, for administrators (who, on behalf of whom, when, what, before and after).</summary>
internal static class JournalEndpoints
{
    public static IEndpointRouteBuilder MapJournalEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/journal").WithTags("Journal").RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapGet("/", Lister);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<JournalEntry>>> Lister(string? entite, string? id, Guid? compteId, int? max, ActeurCourant courant, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("journal.lister", ct);
        acteur.ExigerAdministrateur();
        var requete = db.Journal.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entite))
        {
            requete = requete.Where(j => j.EntityType == entite);
        }

        if (!string.IsNullOrWhiteSpace(id))
        {
            requete = requete.Where(j => j.EntityId == id);
        }

        if (compteId is { } c)
        {
            requete = requete.Where(j => j.CompteId == c || j.AdministrateurId == c);
        }

        var lignes = await requete.OrderByDescending(j => j.Instant).Take(Math.Clamp(max ?? 100, 1, 1000)).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<JournalEntry>>(lignes);
    }
}
