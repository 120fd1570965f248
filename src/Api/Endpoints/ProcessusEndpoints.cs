using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Common;
using Rafael.Engine.Processus;
using Rafael.Rules;
using Rafael.Workflows.Diagrams;
using Rafael.Workflows.Versions;

namespace Rafael.Api.Endpoints;

/// <summary>
/// What analysts change without a release (for the Studio): definitions, rule sets, parameters per dispositif and
/// templates, as drafts, publications (with a comment, journaled), history and rollback; and the diagrams.
/// </summary>
internal static class ProcessusEndpoints
{
    public static IEndpointRouteBuilder MapProcessusEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/processus").WithTags("Processus et règles").RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapGet("/{type}", Lister);
        group.MapGet("/{type}/{nom}/versions", Historique);
        group.MapPut("/{type}/{nom}/brouillon", EnregistrerBrouillon);
        group.MapPost("/{type}/{nom}/publier", Publier);
        group.MapPost("/{type}/{nom}/versions/{numero:int}/restaurer", Restaurer);
        group.MapGet("/definitions/{nom}/diagramme", Diagramme);
        group.MapPost("/definitions/{nom}/migrations", Migrer);
        group.MapGet("/parametres-effectifs/{dispositif}", ParametresEffectifs);
        group.MapPut("/parametres-effectifs/{dispositif}", ModifierParametres);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<DocumentResume>>> Lister(string type, ActeurCourant courant, DocumentsService documents, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("processus.lister", ct);
        var liste = await documents.ListerAsync(acteur, Type(type), ct);
        return TypedResults.Ok<IReadOnlyList<DocumentResume>>([.. liste.Select(l => new DocumentResume(l.Nom, l.Publiee, l.Brouillon))]);
    }

    private static async Task<Ok<IReadOnlyList<DocumentVersionDto>>> Historique(string type, string nom, ActeurCourant courant, DocumentsService documents, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("processus.historique", ct);
        var versions = await documents.HistoriqueAsync(acteur, Type(type), nom, ct);
        if (versions.Count == 0)
        {
            throw new IntrouvableException($"« {nom} » n'existe pas.");
        }

        return TypedResults.Ok<IReadOnlyList<DocumentVersionDto>>([.. versions.Select(Dto)]);
    }

    private static async Task<Ok<DocumentVersionDto>> EnregistrerBrouillon(string type, string nom, BrouillonRequete r, ActeurCourant courant, DocumentsService documents, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("processus.brouillon", ct);
        return TypedResults.Ok(Dto(await documents.EnregistrerBrouillonAsync(acteur, Type(type), nom, r.Contenu ?? string.Empty, ct)));
    }

    private static async Task<Ok<DocumentVersionDto>> Publier(string type, string nom, PublicationRequete r, ActeurCourant courant, DocumentsService documents, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("processus.publier", ct);
        return TypedResults.Ok(Dto(await documents.PublierAsync(acteur, Type(type), nom, r.Commentaire ?? string.Empty, ct)));
    }

    private static async Task<Ok<DocumentVersionDto>> Restaurer(string type, string nom, int numero, ActeurCourant courant, DocumentsService documents, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("processus.restaurer", ct);
        return TypedResults.Ok(Dto(await documents.RestaurerAsync(acteur, Type(type), nom, numero, ct)));
    }

    private static async Task<ContentHttpResult> Diagramme(string nom, string? format, int? version, ActeurCourant courant, IDefinitionSource definitions, CancellationToken ct)
    {
        await courant.ExigerAsync("processus.diagramme", ct);
        var definition = (version is { } v ? await definitions.GetAsync(nom, v, ct) : await definitions.GetPublishedAsync(nom, ct))
            ?? throw new IntrouvableException($"La définition « {nom} » n'existe pas.");
        return string.Equals(format, "dot", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Text(DiagramExporter.ToDot(definition.Definition), "text/vnd.graphviz")
            : TypedResults.Text(DiagramExporter.ToMermaid(definition.Definition), "text/plain");
    }

    /// <summary>Moves running entities to a published version; <c>?simulation=true</c> (the default) only lists what would change.</summary>
    private static async Task<Ok<MigrationVersion>> Migrer(string nom, int version, bool? simulation, ActeurCourant courant, MigrationsService migrations, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("processus.migrer", ct);
        return TypedResults.Ok(await migrations.MigrerAsync(acteur, nom, version, simulation ?? true, ct));
    }

    private static async Task<Ok<Parametres>> ParametresEffectifs(string dispositif, ActeurCourant courant, IParametresProvider parametres, CancellationToken ct)
    {
        await courant.ExigerAsync("processus.parametres", ct);
        return TypedResults.Ok(await parametres.GetAsync(dispositif, ct));
    }

    /// <summary>Publishes a dispositif's overrides at once: the next decision follows them, with no restart.</summary>
    private static async Task<Ok<Parametres>> ModifierParametres(string dispositif, ParametresRequete r, ActeurCourant courant, DocumentsService documents, IParametresProvider parametres, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("processus.modifier-parametres", ct);
        await documents.PublierDirectementAsync(acteur, TypeDocument.Parametres, dispositif, r.Valeurs.GetRawText(), r.Commentaire ?? string.Empty, ct);
        return TypedResults.Ok(await parametres.GetAsync(dispositif, ct));
    }

    private static TypeDocument Type(string type) => type switch
    {
        "definitions" => TypeDocument.Definition,
        "regles" => TypeDocument.RegleSet,
        "parametres" => TypeDocument.Parametres,
        "modeles" => TypeDocument.Modele,
        _ => throw new IntrouvableException($"« {type} » n'est pas un type de document : definitions, regles, parametres ou modeles."),
    };

    private static DocumentVersionDto Dto(DocumentVersion d) =>
        new(d.Id, d.Nom, d.Numero, d.Statut.ToString(), d.Contenu, d.Commentaire, d.CreeLe, d.ModifieLe, d.PublieeLe, d.PublieeParId);
}
