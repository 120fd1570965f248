using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Contracts;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Comptes;
using Rafael.Engine.Persistence;

namespace Rafael.Api.Endpoints;

/// <summary>Administrators' account management (HAB-02).</summary>
internal static class ComptesEndpoints
{
    public static IEndpointRouteBuilder MapComptesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/comptes").WithTags("Comptes (administration)").RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapGet("/", Lister);
        group.MapPost("/", Creer).Valider<CompteCreation>();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<CompteDto>>> Lister(string? q, ActeurCourant courant, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("compte.lister", ct);
        acteur.ExigerAdministrateur();
        var requete = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var motif = $"%{q.Trim().ToUpperInvariant()}%";
            requete = requete.Where(c => EF.Functions.Like(c.NormalizedEmail!, motif) || EF.Functions.Like(c.NomFamille.ToUpper(), motif));
        }

        var comptes = await requete.OrderBy(c => c.NomFamille).Take(200)
            .Select(c => new CompteDto(c.Id, c.Email!, c.Prenom, c.NomFamille, c.Statut.ToString(), c.EstAdministrateur))
            .ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<CompteDto>>(comptes);
    }

    private static async Task<Created<CompteDto>> Creer(CompteCreation r, ActeurCourant courant, ComptesService comptes, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("compte.creer", ct);
        var compte = await comptes.CreerParAdministrateurAsync(acteur, r.Email.Trim(), r.MotDePasse, r.Prenom.Trim(), r.Nom.Trim(), r.StructureId, r.Profil, r.Referent, ct);
        return TypedResults.Created($"/api/comptes/{compte.Id}", new CompteDto(compte.Id, compte.Email!, compte.Prenom, compte.NomFamille, compte.Statut.ToString(), compte.EstAdministrateur));
    }
}
