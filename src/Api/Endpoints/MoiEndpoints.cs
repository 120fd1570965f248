using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Comptes;

namespace Rafael.Api.Endpoints;

/// <summary>My account: information, password, structures and profiles, current structure (ACC-09).</summary>
internal static class MoiEndpoints
{
    public static IEndpointRouteBuilder MapMoiEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/moi").WithTags("Mon compte").RequireAuthorization();
        group.MapGet("/", Lire);
        group.MapPut("/", Modifier).Valider<MoiModification>();
        group.MapPut("/mot-de-passe", ChangerMotDePasse).Valider<MotDePasseModification>();
        group.MapPut("/structure-courante", ChoisirStructure);
        return app;
    }

    private static async Task<Ok<MoiDto>> Lire(ActeurCourant courant, ComptesService comptes, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("moi.lire", ct);
        return TypedResults.Ok(await Dto(acteur.CompteId, acteur.AdministrateurId, comptes, ct));
    }

    private static async Task<Ok<MoiDto>> Modifier(MoiModification requete, ActeurCourant courant, ComptesService comptes, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("moi.modifier", ct);
        await comptes.ModifierMoiAsync(acteur, requete.Email.Trim(), requete.Prenom.Trim(), requete.Nom.Trim(), requete.Telephone, ct);
        return TypedResults.Ok(await Dto(acteur.CompteId, acteur.AdministrateurId, comptes, ct));
    }

    private static async Task<NoContent> ChangerMotDePasse(MotDePasseModification requete, ActeurCourant courant, ComptesService comptes, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("moi.mot-de-passe", ct);
        await comptes.ChangerMotDePasseAsync(acteur, requete.MotDePasseActuel, requete.NouveauMotDePasse, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MoiDto>> ChoisirStructure(StructureCouranteRequete requete, ActeurCourant courant, ComptesService comptes, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("moi.structure-courante", ct);
        await comptes.ChoisirStructureCouranteAsync(acteur, requete.StructureId, ct);
        return TypedResults.Ok(await Dto(acteur.CompteId, acteur.AdministrateurId, comptes, ct));
    }

    private static async Task<MoiDto> Dto(Guid compteId, Guid? administrateurId, ComptesService comptes, CancellationToken ct)
    {
        var compte = await comptes.LireAsync(compteId, ct);
        var rattachements = await comptes.RattachementsAsync(compteId, ct);
        return new MoiDto(
            compte.Id,
            compte.Email!,
            compte.Prenom,
            compte.NomFamille,
            compte.PhoneNumber,
            compte.EstAdministrateur,
            compte.StructureCouranteId,
            [.. rattachements.Select(r => new MonRattachementDto(r.Rattachement.StructureId, r.Structure, r.Rattachement.Profil, Mapping.LibellesProfils(r.Rattachement.Profil, r.Rattachement.AutresProfils), r.Rattachement.EstReferent))],
            administrateurId);
    }
}
