using System.Runtime.CompilerServices;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rafael.Api.Contracts.Catalogue.Import;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Catalogue.Import;
using Rafael.Engine.Common;
using Rafael.Engine.OffreInfo;

namespace Rafael.Api.Endpoints;

/// <summary>
/// Funded-offer import (CAT-04): a funder's file (JSON, CSV or an LHEO 2.3 feed) creates or updates conventionnée
/// actions and sessions idempotently, line by line, and leaves a report readable later.
/// </summary>
internal static class ImportOffreEndpoints
{
    // A funder's yearly feed is tens of megabytes; the body is read as it arrives, never held whole in memory.
    private const long TailleMax = 200L * 1024 * 1024;

    public static IEndpointRouteBuilder MapImportOffreEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalogue/imports").WithTags("Catalogue").RequireAuthorization();
        group.MapPost(string.Empty, Importer)
            .WithMetadata(new RequestSizeLimitAttribute(TailleMax))
            .DisableAntiforgery()
            .WithSummary("Importe un fichier d'offre conventionnée : JSON (application/json, .json), CSV (text/csv, .csv : UTF-8, « ; », ligne d'en-tête) ou flux LHEO 2.3 (application/xml, .xml). Corps brut ou fichier d'un formulaire multipart.");
        group.MapGet("/{id:guid}", Lire);
        return app;
    }

    private static async Task<Created<ImportOffreDto>> Importer(
        HttpRequest request, string? nom, ActeurCourant courant, ImportOffreService imports, LheoImporter lheo, IValidator<LigneImportRequete> validateur, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("catalogue.importer", ct);
        ImportOffreService.ExigerImporteur(acteur);
        var (flux, typeContenu, nomFichier) = await FichierAsync(request, nom, ct);
        await using (flux)
        {
            var format = Format(typeContenu, nomFichier);
            IAsyncEnumerable<LigneImport> lignes;
            if (format == "lheo")
            {
                // Validated against the schema first, whole, so that an invalid feed imports nothing.
                var copie = await CopieAsync(flux, ct);
                await using (copie)
                {
                    await ValiderLheoAsync(lheo, copie, ct);
                    copie.Position = 0;
                    var rapportLheo = await imports.ImporterAsync(acteur, format, nomFichier, Lheo(lheo, copie, validateur, ct), ct);
                    return Cree(rapportLheo);
                }
            }

            lignes = Plat(format == "csv" ? LecteurCsv.LireAsync(flux, ColonnesImport.Toutes, ct) : LecteurJson.LireAsync(flux, ColonnesImport.Toutes, ct), validateur, ct);
            var rapport = await imports.ImporterAsync(acteur, format, nomFichier, lignes, ct);
            return Cree(rapport);
        }
    }

    private static async Task<Ok<ImportOffreDto>> Lire(Guid id, ActeurCourant courant, ImportOffreService imports, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("catalogue.import.lire", ct);
        return TypedResults.Ok(ImportOffreDto.De(await imports.LireAsync(acteur, id, ct)));
    }

    private static Created<ImportOffreDto> Cree(ImportOffre rapport) =>
        TypedResults.Created($"/api/catalogue/imports/{rapport.Id}", ImportOffreDto.De(rapport));

    private static async IAsyncEnumerable<LigneImport> Plat(IAsyncEnumerable<LigneBrute> brutes, IValidator<LigneImportRequete> validateur, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var brute in brutes.WithCancellation(ct))
        {
            yield return await ValiderAsync(brute.Numero, ColonnesImport.Lire(brute), validateur, ct);
        }
    }

    private static async IAsyncEnumerable<LigneImport> Lheo(LheoImporter lheo, Stream flux, IValidator<LigneImportRequete> validateur, [EnumeratorCancellation] CancellationToken ct)
    {
        var numero = 1;
        await foreach (var action in Illisible(lheo.LireAsync(flux, ct)).WithCancellation(ct))
        {
            foreach (var (n, ligne, refus) in LigneImportLheo.Lignes(action, numero))
            {
                numero = n + 1;
                yield return ligne is null
                    ? new LigneImport(n, null, new RejetImport(n, ["session"], refus!, "CAT-04"))
                    : await ValiderAsync(n, ligne, validateur, ct);
            }
        }
    }

    private static async Task<LigneImport> ValiderAsync(int numero, LigneImportRequete ligne, IValidator<LigneImportRequete> validateur, CancellationToken ct)
    {
        var resultat = await validateur.ValidateAsync(ligne, ct);
        var erreurs = ligne.ErreursDeLecture.Select(e => (Champ: e.Key, Message: e.Value))
            .Concat(resultat.Errors.Select(e => (Champ: ColonnesImport.Colonne(e.PropertyName), Message: e.ErrorMessage)))
            .ToList();
        if (erreurs.Count == 0)
        {
            return new LigneImport(numero, ligne.VersOffre(), null);
        }

        var champs = erreurs.Select(e => e.Champ).Distinct(StringComparer.Ordinal).ToList();
        return new LigneImport(numero, null, new RejetImport(numero, champs, string.Join(" ", erreurs.Select(e => e.Message).Distinct(StringComparer.Ordinal)), null));
    }

    private static async Task ValiderLheoAsync(LheoImporter lheo, Stream copie, CancellationToken ct)
    {
        try
        {
            await foreach (var _ in Illisible(lheo.LireAsync(copie, ct)).WithCancellation(ct))
            {
            }
        }
        catch (FichierImportIllisibleException e)
        {
            throw new ChampsInvalidesException("fichier", e.Message);
        }
    }

    private static async IAsyncEnumerable<ActionPubliee> Illisible(IAsyncEnumerable<ActionPubliee> actions)
    {
        await using var e = actions.GetAsyncEnumerator();
        while (true)
        {
            try
            {
                if (!await e.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (FluxLheoInvalideException ex)
            {
                throw new FichierImportIllisibleException(ex.Message, ex);
            }

            yield return e.Current;
        }
    }

    private static async Task<FileStream> CopieAsync(Stream flux, CancellationToken ct)
    {
        var copie = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await flux.CopyToAsync(copie, ct);
        copie.Position = 0;
        return copie;
    }

    private static async Task<(Stream Flux, string? TypeContenu, string? NomFichier)> FichierAsync(HttpRequest request, string? nom, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var formulaire = await request.ReadFormAsync(ct);
            var fichier = formulaire.Files.Count == 1
                ? formulaire.Files[0]
                : throw new ChampsInvalidesException("fichier", "Joignez un et un seul fichier au formulaire.");
            return (fichier.OpenReadStream(), fichier.ContentType, fichier.FileName);
        }

        return (request.Body, request.ContentType, nom);
    }

    private static string Format(string? typeContenu, string? nomFichier)
    {
        var extension = Path.GetExtension(nomFichier ?? string.Empty).ToLowerInvariant();
        var type = (typeContenu ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        return (type, extension) switch
        {
            ("application/json", _) or (_, ".json") => "json",
            ("text/csv", _) or ("application/csv", _) or (_, ".csv") => "csv",
            ("application/xml", _) or ("text/xml", _) or (_, ".xml") => "lheo",
            _ => throw new ChampsInvalidesException("fichier", "Format de fichier non reconnu : envoyez du JSON (application/json, .json), du CSV (text/csv, .csv) ou un flux LHEO 2.3 (application/xml, .xml)."),
        };
    }
}
