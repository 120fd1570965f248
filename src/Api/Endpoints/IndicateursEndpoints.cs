using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts.Indicateurs;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Indicateurs;

namespace Rafael.Api.Endpoints;

/// <summary>DASH-04: indicators on candidatures per dispositif, mesure, structure and period, for funders and
/// administrators, as JSON or as CSV for a French spreadsheet (DASH-03).</summary>
internal static class IndicateursEndpoints
{
    public static IEndpointRouteBuilder MapIndicateursEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/indicateurs").WithTags("Indicateurs").RequireAuthorization();
        group.MapGet("/candidatures", Candidatures);
        group.MapGet("/candidatures.csv", Exporter);
        return app;
    }

    private static async Task<Ok<IndicateursCandidaturesDto>> Candidatures(
        [AsParameters] IndicateursRequete requete, ActeurCourant courant, IndicateursService indicateurs, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("indicateurs.candidatures", ct);
        return TypedResults.Ok(IndicateursCandidaturesDto.De(await indicateurs.CandidaturesAsync(acteur, requete.VersFiltre(), ct)));
    }

    /// <summary>UTF-8 with BOM and ";" so that a French spreadsheet opens it right; the rate with a decimal comma.</summary>
    private static async Task<FileContentHttpResult> Exporter(
        [AsParameters] IndicateursRequete requete, ActeurCourant courant, IndicateursService indicateurs, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("indicateurs.exporter", ct);
        var resultat = await indicateurs.CandidaturesAsync(acteur, requete.VersFiltre(), ct);
        var francais = CultureInfo.GetCultureInfo("fr-FR");
        var csv = new StringBuilder();
        csv.Append("Dispositif;Mesure;Organisme de formation;En attente;Retenues;Non retenues;Avis non transmis;Refus session complète;Refus session annulée;Supprimées;Total;Taux de retenue (%)\r\n");
        foreach (var l in resultat.Lignes.Append(resultat.Total))
        {
            csv.AppendJoin(';', [.. new[]
            {
                l.Dispositif, l.Mesure, l.Structure,
                N(l.EnAttente), N(l.Retenues), N(l.NonRetenues), N(l.AvisNonTransmis), N(l.RefusSessionComplete), N(l.RefusSessionAnnulee), N(l.Supprimees), N(l.Total),
                l.TauxRetenue?.ToString("0.0", francais) ?? string.Empty,
            }.Select(Champ)]).Append("\r\n");
        }

        var octets = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return TypedResults.File(octets, "text/csv; charset=utf-8", "indicateurs-candidatures.csv");
    }

    private static string N(int valeur) => valeur.ToString(CultureInfo.InvariantCulture);

    private static string Champ(string valeur) =>
        valeur.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + valeur.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : valeur;
}
