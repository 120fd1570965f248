using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Contracts;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Habilitations;
using Rafael.Engine.Persistence;

namespace Rafael.Api.Endpoints;

/// <summary>Dispositifs, mesures and préinscription rights (HAB-01 to HAB-04).</summary>
internal static class HabilitationsEndpoints
{
    public static IEndpointRouteBuilder MapHabilitationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/habilitations").WithTags("Habilitations").RequireAuthorization();
        group.MapGet("/dispositifs", Dispositifs);
        group.MapPost("/dispositifs", CreerDispositif).Valider<DispositifCreation>().RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapPost("/dispositifs/{id:guid}/mesures", CreerMesure).Valider<MesureCreation>().RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapGet("/droits", Droits);
        group.MapPost("/droits", AttribuerDroit).Valider<DroitCreation>().RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapDelete("/droits/{id:guid}", RetirerDroit).RequireAuthorization(AdministrateurRequirement.Policy);
        return app;
    }

    /// <summary>Every signed-in person may read the dispositifs and their mesures: they label the funded offer.</summary>
    private static async Task<Ok<IReadOnlyList<DispositifDto>>> Dispositifs(ActeurCourant courant, RafaelDbContext db, CancellationToken ct)
    {
        await courant.ExigerAsync("habilitation.dispositifs", ct);
        var dispositifs = await db.Dispositifs.AsNoTracking()
            .Join(db.Structures, d => d.FinanceurId, s => s.Id, (d, s) => new { d, s.Nom })
            .OrderBy(x => x.d.Code)
            .ToListAsync(ct);
        var mesures = (await db.Mesures.AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct)).ToLookup(m => m.DispositifId);
        return TypedResults.Ok<IReadOnlyList<DispositifDto>>([.. dispositifs.Select(x => new DispositifDto(
            x.d.Id, x.d.Code, x.d.Libelle, x.d.FinanceurId, x.Nom, [.. mesures[x.d.Id].Select(m => new MesureDto(m.Id, m.Code, m.Libelle))]))]);
    }

    private static async Task<Created<DispositifDto>> CreerDispositif(DispositifCreation r, ActeurCourant courant, HabilitationsService habilitations, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("habilitation.creer-dispositif", ct);
        var d = await habilitations.CreerDispositifAsync(acteur, r.Code, r.Libelle.Trim(), r.FinanceurId, ct);
        return TypedResults.Created($"/api/habilitations/dispositifs/{d.Id}", new DispositifDto(d.Id, d.Code, d.Libelle, d.FinanceurId, string.Empty, []));
    }

    private static async Task<Created<MesureDto>> CreerMesure(Guid id, MesureCreation r, ActeurCourant courant, HabilitationsService habilitations, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("habilitation.creer-mesure", ct);
        var m = await habilitations.CreerMesureAsync(acteur, id, r.Code, r.Libelle.Trim(), ct);
        return TypedResults.Created($"/api/habilitations/dispositifs/{id}", new MesureDto(m.Id, m.Code, m.Libelle));
    }

    /// <summary>Administrators see every right; a prescriber's référent or member sees their own structure's rights.</summary>
    private static async Task<Ok<IReadOnlyList<DroitDto>>> Droits(Guid? structureId, ActeurCourant courant, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("habilitation.droits", ct);
        if (!acteur.EstAdministrateur)
        {
            if (acteur.StructureCouranteId is null || (structureId is not null && structureId != acteur.StructureCouranteId))
            {
                throw new Engine.Common.InterditException("HAB-02", "Vous ne voyez que les droits de préinscription de votre structure courante.");
            }

            structureId = acteur.StructureCouranteId;
        }

        var droits = db.DroitsPreinscription.AsNoTracking();
        if (structureId is { } sid)
        {
            droits = droits.Where(d => d.StructureId == sid);
        }

        var lignes = await droits
            .Join(db.Structures, d => d.StructureId, s => s.Id, (d, s) => new { d, Structure = s.Nom })
            .Join(db.Mesures, x => x.d.MesureId, m => m.Id, (x, m) => new { x.d, x.Structure, m.Code, m.DispositifId })
            .Join(db.Dispositifs, x => x.DispositifId, d => d.Id, (x, disp) => new { x.d, x.Structure, x.Code, Dispositif = disp.Code })
            .ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<DroitDto>>([.. lignes
            .OrderBy(l => l.Structure).ThenBy(l => l.Code)
            .Select(l => new DroitDto(l.d.Id, l.d.StructureId, l.Structure, l.d.MesureId, l.Code, l.Dispositif, l.d.AttribueLe))]);
    }

    private static async Task<Created<DroitDto>> AttribuerDroit(DroitCreation r, ActeurCourant courant, HabilitationsService habilitations, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("habilitation.attribuer-droit", ct);
        var d = await habilitations.AttribuerDroitAsync(acteur, r.StructureId, r.MesureId, ct);
        return TypedResults.Created($"/api/habilitations/droits/{d.Id}", new DroitDto(d.Id, d.StructureId, string.Empty, d.MesureId, string.Empty, string.Empty, d.AttribueLe));
    }

    private static async Task<NoContent> RetirerDroit(Guid id, ActeurCourant courant, HabilitationsService habilitations, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("habilitation.retirer-droit", ct);
        await habilitations.RetirerDroitAsync(acteur, id, ct);
        return TypedResults.NoContent();
    }
}
