using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Contracts;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Candidatures;
using Rafael.Engine.Common;
using Rafael.Engine.Demandes;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Engine.Simulation;
using Rafael.Workflows.Deadlines;

namespace Rafael.Api.Endpoints;

/// <summary>
/// What the Studio needs beyond the documents: simulating a draft against the last real entities, and an entity's
/// place in its process (version, state, journal, deadlines, outbox messages). Administrators only; nothing here
/// changes anything.
/// </summary>
internal static class StudioEndpoints
{
    public static IEndpointRouteBuilder MapStudioEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/studio").WithTags("Studio").RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapPost("/simulations/candidatures/{type}/{nom}", SimulerSurCandidatures);
        group.MapPost("/simulations/{nom}", Simuler);
        group.MapGet("/instances/{type}", Instances);
        group.MapGet("/instances/{type}/{id}", Instance);
        return app;
    }

    private static async Task<Ok<ResultatSimulation>> Simuler(string nom, int? nombre, ActeurCourant courant, SimulationService simulations, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("studio.simuler", ct);
        return TypedResults.Ok(await simulations.SimulerDefinitionAsync(acteur, nom, nombre ?? 50, ct));
    }

    /// <summary>A draft of a definition, a rule set or parameters against the last candidatures (<c>depuis</c>: made since that day).</summary>
    private static async Task<Ok<ResultatSimulation>> SimulerSurCandidatures(
        string type, string nom, int? nombre, DateOnly? depuis, ActeurCourant courant, SimulationCandidaturesService simulations, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("studio.simuler-candidatures", ct);
        var typeDocument = type switch
        {
            "definitions" => TypeDocument.Definition,
            "regles" => TypeDocument.RegleSet,
            "parametres" => TypeDocument.Parametres,
            _ => throw new ChampsInvalidesException("type", "Le type de document est definitions, regles ou parametres."),
        };
        return TypedResults.Ok(await simulations.SimulerAsync(acteur, typeDocument, nom, nombre ?? 50, depuis, ct));
    }

    private static async Task<Ok<IReadOnlyList<InstanceResume>>> Instances(string type, ActeurCourant courant, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("studio.instances", ct);
        acteur.ExigerAdministrateur();
        Exiger(type);
        if (type == CandidaturesService.TypeSujet)
        {
            var candidatures = await db.Candidatures.AsNoTracking().OrderByDescending(c => c.CreeeLe).Take(50).ToListAsync(ct);
            return TypedResults.Ok<IReadOnlyList<InstanceResume>>([.. candidatures.Select(Resume)]);
        }

        var demandes = await db.Demandes.AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<InstanceResume>>([.. demandes.OrderByDescending(d => d.DeposeeLe).Take(50).Select(Resume)]);
    }

    private static async Task<Ok<InstanceDetail>> Instance(string type, string id, ActeurCourant courant, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("studio.instance", ct);
        acteur.ExigerAdministrateur();
        Exiger(type);
        var guid = Guid.TryParse(id, out var g) ? g : Guid.Empty;
        var (resume, entite) = type == CandidaturesService.TypeSujet
            ? (await db.Candidatures.AsNoTracking().FirstOrDefaultAsync(c => c.Id == guid, ct) is { } c ? Resume(c) : null, nameof(Candidature))
            : (await db.Demandes.AsNoTracking().FirstOrDefaultAsync(d => d.Id == guid, ct) is { } d ? Resume(d) : null, nameof(Demande));
        if (resume is null)
        {
            throw new IntrouvableException($"« {id} » n'existe pas parmi les entités de type {type}.");
        }

        var cle = guid.ToString();
        var journal = await db.Journal.AsNoTracking().Where(j => j.EntityType == entite && j.EntityId == cle).ToListAsync(ct);
        var echeances = await db.Set<Deadline>().AsNoTracking().Where(e => e.SubjectType == type && e.SubjectId == cle && e.State == DeadlineState.Pending).ToListAsync(ct);
        var messages = await db.Outbox.AsNoTracking().Where(m => m.Payload.Contains(cle)).ToListAsync(ct);
        return TypedResults.Ok(new InstanceDetail(
            resume,
            [.. journal.OrderBy(j => j.Instant).Select(j => new InstanceJournal(j.Instant, j.Action, j.Operation, j.Changes, j.CompteId))],
            [.. echeances.OrderBy(e => e.DueAt).Select(e => new InstanceEcheance(e.Name, e.Trigger, e.DueAt, e.State.ToString(), e.Attempts, e.LastError))],
            [.. messages.OrderBy(m => m.OccurredAt).Select(m => new InstanceMessage(m.Type, m.OccurredAt, m.ProcessedAt, m.ParkedAt, m.Attempts, m.LastError))]));
    }

    // The entities run by a definition that the Studio shows; actions join here when they follow one.
    private static void Exiger(string type)
    {
        if (type is not ("demande" or CandidaturesService.TypeSujet))
        {
            throw new IntrouvableException($"« {type} » n'est pas un type d'entité suivi par un processus : demande, candidature.");
        }
    }

    private static InstanceResume Resume(Candidature c) =>
        new(CandidaturesService.TypeSujet, c.Id.ToString(), $"{c.Candidat.Prenom} {c.Candidat.Nom} — {c.SessionReference}", c.DefinitionName, c.DefinitionVersion, c.Status);

    private static InstanceResume Resume(Demande d) =>
        new("demande", d.Id.ToString(), $"{d.Type} du {d.DeposeeLe:dd/MM/yyyy}", d.DefinitionName, d.DefinitionVersion, d.Status);
}
