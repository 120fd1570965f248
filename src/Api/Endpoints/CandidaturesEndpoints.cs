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
        group.MapGet("/sessions", ListerSessions);
        group.MapGet("/sessions/export.csv", ExporterSessions);
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

        return Csv(csv, "candidatures.csv");
    }

    private static async Task<Ok<PageDto<LigneSessionCandidatures>>> ListerSessions(
        [AsParameters] FiltreSessionsRequete f, ActeurCourant courant, SessionsCandidaturesLecture lecture, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("candidature.lister-sessions", ct);
        var page = await lecture.ListerAsync(acteur, f.VersFiltre(), ct);
        return TypedResults.Ok(new PageDto<LigneSessionCandidatures>(page.Lignes, page.Total, page.Page, page.Taille));
    }

    /// <summary>DASH-03 for the list by session: the same columns as the screen, the counts last.</summary>
    private static async Task<FileContentHttpResult> ExporterSessions(
        [AsParameters] FiltreSessionsRequete f, ActeurCourant courant, SessionsCandidaturesLecture lecture, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("candidature.exporter-sessions", ct);
        var csv = new StringBuilder();
        csv.Append("Référence session;Intitulé;Financeur;N° de marché;Dispositif;Mesure;Responsable;Positionneur;Formateur;Lieu;Début;Fin;État;Inscrits;Maximum;En attente;Retenues;Non retenues;Avis non transmis;Refus : session complète;Refus : session annulée\r\n");
        await foreach (var s in lecture.ExporterAsync(acteur, f.VersFiltre(), ct))
        {
            var n = s.Comptes;
            csv.AppendJoin(';', [.. new[]
            {
                s.Reference, s.Intitule, s.Financeur ?? string.Empty, s.NumeroMarche ?? string.Empty, s.Dispositif, s.Mesure,
                s.Responsable, s.Positionneur, s.Formateur, s.Lieu,
                s.DateDebut.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), s.DateFin.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                s.LibelleEtat, Nombre(s.Inscrits), Nombre(s.Maximum), Nombre(n.EnAttente), Nombre(n.Retenues), Nombre(n.NonRetenues),
                Nombre(n.AvisNonTransmis), Nombre(n.RefusSessionComplete), Nombre(n.RefusSessionAnnulee),
            }.Select(Champ)]).Append("\r\n");
        }

        return Csv(csv, "sessions-candidatures.csv");
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

    private static FileContentHttpResult Csv(StringBuilder csv, string nom)
    {
        var octets = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return TypedResults.File(octets, "text/csv; charset=utf-8", nom);
    }

    private static string Nombre(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Quotes a field when it holds the separator, a quote or a line break.</summary>
    private static string Champ(string valeur) =>
        valeur.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + valeur.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : valeur;
}
