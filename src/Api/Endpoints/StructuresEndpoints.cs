using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Demandes;
using Rafael.Engine.Rattachements;
using Rafael.Engine.Structures;

namespace Rafael.Api.Endpoints;

/// <summary>Structures: search (ACC-05), administration (HAB-02), people and profiles for the référent (ACC-08).</summary>
internal static class StructuresEndpoints
{
    public static IEndpointRouteBuilder MapStructuresEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/structures").WithTags("Structures");
        group.MapGet("/recherche", Rechercher).AllowAnonymous();
        group.MapPost("/", Creer).Valider<StructureSaisie>().RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapGet("/{id:guid}", Lire).RequireAuthorization();
        group.MapPut("/{id:guid}", Modifier).Valider<StructureModification>().RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapPost("/{id:guid}/signalements", Signaler).Valider<SignalementRequete>().RequireAuthorization();
        group.MapPut("/{id:guid}/referent", NommerReferent).RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapGet("/{id:guid}/membres", Membres).RequireAuthorization();
        group.MapGet("/{id:guid}/membres.csv", MembresCsv).RequireAuthorization();
        group.MapPut("/{id:guid}/membres/{compteId:guid}/profil", AttribuerProfil).RequireAuthorization();
        group.MapDelete("/{id:guid}/membres/{compteId:guid}/profil", RetirerProfil).RequireAuthorization();
        group.MapPut("/{id:guid}/membres/{compteId:guid}/autres-profils", AutresProfilsDefinir).RequireAuthorization();
        group.MapDelete("/{id:guid}/membres/{compteId:guid}", Detacher).RequireAuthorization();
        return app;
    }

    /// <summary>Anyone (an account request is anonymous) finds a structure by raison sociale, name, sigle or SIRET.</summary>
    private static async Task<Ok<IReadOnlyList<StructureResume>>> Rechercher(string? q, StructuresService structures, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<StructureResume>>([.. (await structures.RechercherAsync(q ?? string.Empty, 20, ct)).Select(s => s.VersResume())]);

    private static async Task<Created<StructureDto>> Creer(StructureSaisie saisie, ActeurCourant courant, StructuresService structures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("structure.creer", ct);
        var structure = await structures.CreerAsync(acteur, saisie.VersProposee(), saisie.QualiopiApprentissage, saisie.NumeroActivite, ct);
        return TypedResults.Created($"/api/structures/{structure.Id}", structure.VersDto());
    }

    private static async Task<Ok<StructureDto>> Lire(Guid id, ActeurCourant courant, StructuresService structures, CancellationToken ct)
    {
        await courant.ExigerAsync("structure.lire", ct);
        return TypedResults.Ok((await structures.TrouverAsync(id, ct)).VersDto());
    }

    private static async Task<Ok<StructureDto>> Modifier(Guid id, StructureModification m, ActeurCourant courant, StructuresService structures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("structure.modifier", ct);
        var structure = await structures.ModifierAsync(acteur, id, m.Structure.VersProposee(), m.Structure.QualiopiApprentissage, m.Structure.NumeroActivite, m.Version, ct);
        return TypedResults.Ok(structure.VersDto());
    }

    private static async Task<Accepted> Signaler(Guid id, SignalementRequete r, ActeurCourant courant, DemandesService demandes, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("structure.signaler", ct);
        var demande = await demandes.SignalerModificationAsync(acteur, id, r.Structure.VersProposee(), r.Message, ct);
        return TypedResults.Accepted($"/api/demandes/{demande.Id}");
    }

    private static async Task<NoContent> NommerReferent(Guid id, ReferentRequete r, ActeurCourant courant, StructuresService structures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("structure.nommer-referent", ct);
        await structures.NommerReferentAsync(acteur, id, r.CompteId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<MembreDto>>> Membres(Guid id, ActeurCourant courant, StructuresService structures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("structure.membres", ct);
        return TypedResults.Ok<IReadOnlyList<MembreDto>>([.. (await structures.MembresAsync(acteur, id, ct)).Select(m => m.VersDto())]);
    }

    /// <summary>DASH-03: UTF-8 with BOM and ";" so that a French spreadsheet opens it right.</summary>
    private static async Task<FileContentHttpResult> MembresCsv(Guid id, ActeurCourant courant, StructuresService structures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("structure.membres-csv", ct);
        var membres = await structures.MembresAsync(acteur, id, ct);
        var csv = new StringBuilder("Nom;Prénom;Email;Téléphone;Profils;Référent;Rattaché le\r\n");
        foreach (var m in membres.Select(m => m.VersDto()))
        {
            csv.AppendJoin(';', Cellule(m.Nom), Cellule(m.Prenom), Cellule(m.Email), Cellule(m.Telephone), Cellule(string.Join(", ", m.AutresProfils)), m.EstReferent ? "Oui" : "Non", m.RattacheLe.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n");
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", "utilisateurs.csv");
    }

    private static async Task<NoContent> AttribuerProfil(Guid id, Guid compteId, ProfilRequete r, ActeurCourant courant, StructuresService structures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("structure.attribuer-profil", ct);
        if (r.Profil is not { } profil)
        {
            throw new Engine.Common.ChampsInvalidesException("profil", "Choisissez le profil à attribuer.");
        }

        await structures.AttribuerProfilAsync(acteur, id, compteId, profil, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RetirerProfil(Guid id, Guid compteId, ActeurCourant courant, StructuresService structures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("structure.retirer-profil", ct);
        await structures.RetirerProfilAsync(acteur, id, compteId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> AutresProfilsDefinir(Guid id, Guid compteId, AutresProfilsRequete r, ActeurCourant courant, StructuresService structures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("structure.autres-profils", ct);
        await structures.DefinirAutresProfilsAsync(acteur, id, compteId, r.Profils.Aggregate(AutresProfils.Aucun, (a, p) => a | p), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Detacher(Guid id, Guid compteId, ActeurCourant courant, StructuresService structures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("structure.detacher", ct);
        await structures.DetacherAsync(acteur, id, compteId, ct);
        return TypedResults.NoContent();
    }

    private static string Cellule(string? valeur)
    {
        var v = valeur ?? string.Empty;

        // A leading = + - @ would be run as a formula by the spreadsheet.
        if (v.Length > 0 && "=+-@".Contains(v[0], StringComparison.Ordinal))
        {
            v = "'" + v;
        }

        return v.Contains(';', StringComparison.Ordinal) || v.Contains('"', StringComparison.Ordinal) || v.Contains('\n', StringComparison.Ordinal)
            ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : v;
    }
}
