using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts.Candidatures;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Candidatures;

namespace Rafael.Api.Endpoints;

/// <summary>Candidatures: lists (DASH-02), CSV export (DASH-03), the page (CAND-07) and the OF's verdict (AVIS-01 to AVIS-06).</summary>
internal static class CandidaturesEndpoints
{
    public static IEndpointRouteBuilder MapCandidaturesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/candidatures").WithTags("Candidatures").RequireAuthorization();
        group.MapGet("/", Lister);
        group.MapGet("/export.csv", Exporter);
        group.MapGet("/{id:guid}", Lire);
        group.MapPost("/{id:guid}/convocations", Convoquer).Valider<ConvocationRequete>();
        group.MapPost("/{id:guid}/resultat-convocation", Resultat).Valider<ResultatConvocationRequete>();
        group.MapPost("/{id:guid}/avis", DonnerAvis).Valider<AvisRequete>();
        return app;
    }

    private static async Task<Ok<PageDto<CandidatureResumeDto>>> Lister(
        [AsParameters] FiltreRequete f, ActeurCourant courant, CandidaturesLecture lecture, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("candidature.lister", ct);
        var page = await lecture.ListerAsync(acteur, f.VersFiltre(), ct);
        return TypedResults.Ok(new PageDto<CandidatureResumeDto>([.. page.Lignes.Select(c => c.Resume())], page.Total, page.Page, page.Taille));
    }

    /// <summary>DASH-03: UTF-8 with BOM and ";" so that a French spreadsheet opens it right.</summary>
    private static async Task<FileContentHttpResult> Exporter(
        [AsParameters] FiltreRequete f, ActeurCourant courant, CandidaturesLecture lecture, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("candidature.exporter", ct);
        var csv = new StringBuilder();
        csv.Append("Référence session;Intitulé;Dispositif;Mesure;Début;Fin;Nom;Prénom;Date de naissance;Identifiant France Travail;État;Motif;Préinscrite le\r\n");
        await foreach (var c in lecture.ExporterAsync(acteur, f.VersFiltre()).WithCancellation(ct))
        {
            csv.AppendJoin(';', [.. new[]
            {
                c.SessionReference, c.SessionIntitule, c.Dispositif, c.Mesure,
                c.SessionDateDebut.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), c.SessionDateFin.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                c.Candidat.Nom, c.Candidat.Prenom, c.Candidat.DateNaissance.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                c.Candidat.IdentifiantFranceTravail ?? string.Empty, LibellesEtats.De(c.Etat), MotifsRefus.Libelle(c.MotifRefus) ?? string.Empty,
                Engine.Common.HeureDeParis.Texte(c.CreeeLe),
            }.Select(Champ)]).Append("\r\n");
        }

        var octets = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return TypedResults.File(octets, "text/csv; charset=utf-8", "candidatures.csv");
    }

    private static async Task<Ok<CandidatureDto>> Lire(Guid id, ActeurCourant courant, CandidaturesService candidatures, CandidaturesLecture lecture, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("candidature.lire", ct);
        var c = await candidatures.TrouverAsync(acteur, id, ct);
        return TypedResults.Ok(c.Detail(await lecture.AutresEnCoursAsync(acteur, c, ct)));
    }

    private static async Task<Ok<CandidatureDto>> Convoquer(Guid id, ConvocationRequete r, ActeurCourant courant, CandidaturesService candidatures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("candidature.convoquer", ct);
        var c = await candidatures.ConvoquerAsync(acteur, id, r.Date!.Value, ct);
        return TypedResults.Ok(c.Detail([]));
    }

    private static async Task<Ok<CandidatureDto>> Resultat(Guid id, ResultatConvocationRequete r, ActeurCourant courant, CandidaturesService candidatures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("candidature.resultat-convocation", ct);
        var c = await candidatures.EnregistrerResultatAsync(acteur, id, r.Resultat!.Value, ct);
        return TypedResults.Ok(c.Detail([]));
    }

    private static async Task<Ok<CandidatureDto>> DonnerAvis(Guid id, AvisRequete r, ActeurCourant courant, CandidaturesService candidatures, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("candidature.avis", ct);
        var c = await candidatures.DonnerAvisAsync(acteur, id, r.VersAvis(), ct);
        return TypedResults.Ok(c.Detail([]));
    }

    /// <summary>Quotes a field when it holds the separator, a quote or a line break.</summary>
    private static string Champ(string valeur) =>
        valeur.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + valeur.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : valeur;
}
