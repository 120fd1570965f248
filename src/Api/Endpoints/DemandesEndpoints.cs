using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Contracts;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Demandes;
using Rafael.Engine.Persistence;

namespace Rafael.Api.Endpoints;

/// <summary>Account, affiliation and structure requests and their decisions (ACC-05 to ACC-08).</summary>
internal static class DemandesEndpoints
{
    public static IEndpointRouteBuilder MapDemandesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/demandes").WithTags("Demandes");
        group.MapPost("/compte", DemanderCompte).Valider<DemandeCompteRequete>().AllowAnonymous();
        group.MapPost("/rattachement", DemanderRattachement).Valider<DemandeRattachementRequete>().RequireAuthorization();
        group.MapGet("/mes-demandes", MesDemandes).RequireAuthorization();
        group.MapGet("/a-decider", ADecider).RequireAuthorization();
        group.MapGet("/{id:guid}", Lire).RequireAuthorization();
        group.MapPost("/{id:guid}/accepter", Accepter).RequireAuthorization();
        group.MapPost("/{id:guid}/refuser", Refuser).Valider<RefusRequete>().RequireAuthorization();
        return app;
    }

    private static async Task<Created<DemandeDto>> DemanderCompte(DemandeCompteRequete r, ActeurCourant courant, DemandesService demandes, RafaelDbContext db, CancellationToken ct)
    {
        courant.Nommer("demande.compte");
        var demande = await demandes.DemanderCompteAsync(
            new NouvelleDemandeCompte(r.Email.Trim(), r.MotDePasse, r.Prenom.Trim(), r.Nom.Trim(), r.Telephone, r.StructureId, r.NouvelleStructure?.VersProposee(), r.Message),
            ct);
        return TypedResults.Created($"/api/demandes/{demande.Id}", await DtoAsync(db, demande.Id, ct));
    }

    private static async Task<Created<DemandeDto>> DemanderRattachement(DemandeRattachementRequete r, ActeurCourant courant, DemandesService demandes, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("demande.rattachement", ct);
        var demande = await demandes.DemanderRattachementAsync(acteur, r.StructureId, r.Message, ct);
        return TypedResults.Created($"/api/demandes/{demande.Id}", await DtoAsync(db, demande.Id, ct));
    }

    private static async Task<Ok<IReadOnlyList<DemandeDto>>> MesDemandes(ActeurCourant courant, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("demande.mes-demandes", ct);
        var ids = await db.Demandes.AsNoTracking().Where(d => d.CompteId == acteur.CompteId).Select(d => d.Id).ToListAsync(ct);
        return TypedResults.Ok(await DtosAsync(db, ids, ct));
    }

    private static async Task<Ok<IReadOnlyList<DemandeDto>>> ADecider(StatutDemande? statut, ActeurCourant courant, DemandesService demandes, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("demande.a-decider", ct);
        var liste = await demandes.ListerADeciderAsync(acteur, statut ?? StatutDemande.EnAttente, ct);
        return TypedResults.Ok(await DtosAsync(db, [.. liste.Select(d => d.Id)], ct));
    }

    private static async Task<Ok<DemandeDto>> Lire(Guid id, ActeurCourant courant, DemandesService demandes, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("demande.lire", ct);
        var propre = await db.Demandes.AsNoTracking().AnyAsync(d => d.Id == id && d.CompteId == acteur.CompteId, ct);
        if (!propre)
        {
            await demandes.TrouverADeciderAsync(acteur, id, ct);
        }

        return TypedResults.Ok(await DtoAsync(db, id, ct));
    }

    private static async Task<Ok<DemandeDto>> Accepter(Guid id, AcceptationRequete? r, ActeurCourant courant, DemandesService demandes, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("demande.accepter", ct);
        await demandes.AccepterAsync(acteur, id, r?.Profil, ct);
        return TypedResults.Ok(await DtoAsync(db, id, ct));
    }

    private static async Task<Ok<DemandeDto>> Refuser(Guid id, RefusRequete r, ActeurCourant courant, DemandesService demandes, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("demande.refuser", ct);
        await demandes.RefuserAsync(acteur, id, r.Motif.Trim(), ct);
        return TypedResults.Ok(await DtoAsync(db, id, ct));
    }

    private static async Task<DemandeDto> DtoAsync(RafaelDbContext db, Guid id, CancellationToken ct) => (await DtosAsync(db, [id], ct))[0];

    private static async Task<IReadOnlyList<DemandeDto>> DtosAsync(RafaelDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var lignes = await db.Demandes.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .Join(db.Users, d => d.CompteId, c => c.Id, (d, c) => new { d, c.Prenom, c.NomFamille, c.Email })
            .GroupJoin(db.Structures, x => x.d.StructureId, s => s.Id, (x, s) => new { x, s })
            .SelectMany(x => x.s.DefaultIfEmpty(), (x, s) => new { x.x.d, x.x.Prenom, x.x.NomFamille, x.x.Email, Structure = s == null ? null : s.Nom })
            .ToListAsync(ct);
        return [.. lignes
            .OrderBy(l => l.d.DeposeeLe)
            .Select(l => new DemandeDto(
                l.d.Id, l.d.Type, l.d.Statut, l.d.CompteId, $"{l.Prenom} {l.NomFamille}", l.Email, l.d.StructureId, l.Structure,
                l.d.StructureProposee?.VersSaisie(), l.d.Message, l.d.DeposeeLe, l.d.DecideeLe, l.d.MotifRefus, l.d.ProfilAttribue))];
    }
}
