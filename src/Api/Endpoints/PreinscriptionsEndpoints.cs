using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts.Candidatures;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Candidatures;

namespace Rafael.Api.Endpoints;

/// <summary>Pre-registration by prescribers (CAND-01 to CAND-04, HAB-03): open sessions, drafts and their validation.</summary>
internal static class PreinscriptionsEndpoints
{
    public static IEndpointRouteBuilder MapPreinscriptionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/preinscriptions").WithTags("Préinscriptions").RequireAuthorization();
        group.MapGet("/sessions", Sessions);
        group.MapPost("/", Preinscrire).Valider<PreinscriptionRequete>();
        group.MapGet("/a-valider", AValider);
        group.MapPost("/{id:guid}/validation", Valider);
        group.MapDelete("/{id:guid}", Supprimer);
        return app;
    }

    /// <summary>The sessions the caller's structure may pre-register on, with free text, place, dates, dispositif, mesure and places left.</summary>
    private static async Task<Ok<IReadOnlyList<SessionOuverteDto>>> Sessions(
        string? texte, string? lieu, DateOnly? du, DateOnly? au, string? dispositif, string? mesure, bool? placesRestantes,
        ActeurCourant courant, CandidaturesLecture lecture, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("preinscription.sessions", ct);
        var sessions = await lecture.SessionsOuvertesAsync(acteur, new RechercheSessions(texte, lieu, du, au, dispositif, mesure, placesRestantes ?? false), ct);
        return TypedResults.Ok<IReadOnlyList<SessionOuverteDto>>([.. sessions.Select(o => new SessionOuverteDto(
            o.Session.Id, o.Session.Reference, o.Session.Intitule, o.Session.Dispositif, o.Session.Mesure, o.Session.Financeur,
            o.Session.DateDebut, o.Session.DateFin, o.Session.DateLimiteInscription, o.Session.TypeEntree, o.Session.Ville, o.Session.CodePostal,
            o.Quota, o.CandidaturesEnCours, o.PlacesRestantes))]);
    }

    private static async Task<Created<CandidatureDto>> Preinscrire(PreinscriptionRequete r, ActeurCourant courant, CandidaturesService candidatures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("candidature.preinscrire", ct);
        var c = await candidatures.PreinscrireAsync(acteur, r.SessionId, r.Candidat.VersCandidat(), ct);
        return TypedResults.Created($"/api/candidatures/{c.Id}", c.Detail([]));
    }

    /// <summary>The validation queue: a Niveau 3 sees every draft of the structure, a Niveau 1 or 2 their own.</summary>
    private static async Task<Ok<IReadOnlyList<CandidatureResumeDto>>> AValider(ActeurCourant courant, CandidaturesLecture lecture, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("preinscription.a-valider", ct);
        var brouillons = await lecture.BrouillonsAsync(acteur, ct);
        return TypedResults.Ok<IReadOnlyList<CandidatureResumeDto>>([.. brouillons.Select(c => c.Resume())]);
    }

    private static async Task<Ok<CandidatureDto>> Valider(Guid id, ActeurCourant courant, CandidaturesService candidatures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("candidature.valider", ct);
        var c = await candidatures.ValiderAsync(acteur, id, ct);
        return TypedResults.Ok(c.Detail([]));
    }

    private static async Task<Ok<CandidatureDto>> Supprimer(Guid id, ActeurCourant courant, CandidaturesService candidatures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("candidature.supprimer", ct);
        var c = await candidatures.SupprimerAsync(acteur, id, ct);
        return TypedResults.Ok(c.Detail([]));
    }
}
