using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts.Candidatures;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Candidatures;

namespace Rafael.Api.Endpoints;

/// <summary>Batch processing of a session's candidatures (LOT-01 to LOT-04).</summary>
internal static class LotsEndpoints
{
    public static IEndpointRouteBuilder MapLotsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lots/sessions/{sessionId:guid}").WithTags("Gestion par lot").RequireAuthorization();
        group.MapGet("/", Etat);
        group.MapPost("/convocations", Convoquer).Valider<ConvocationLotRequete>();
        group.MapPost("/resultats", Resultats).Valider<ResultatsLotRequete>();
        group.MapPost("/avis", Avis).Valider<AvisLotRequete>();
        return app;
    }

    private static async Task<Ok<LotDto>> Etat(Guid sessionId, ActeurCourant courant, LotsService lots, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("lot.etat", ct);
        var etat = await lots.EtatAsync(acteur, sessionId, ct);
        var s = etat.Session;
        return TypedResults.Ok(new LotDto(
            s.Id, s.Reference, s.Intitule, s.DateFin, etat.JoursRestantsPourLesAvis, etat.DateLimiteAvis, s.DateLimiteEntreeTardive, s.TypeEntree,
            [.. etat.Etapes.OrderBy(e => e.Key).Select(e => new EtapeLotDto(e.Key, Libelle(e.Key), e.Value.Count, [.. e.Value.Select(c => c.Resume())]))]));
    }

    private static async Task<Results<Ok<IReadOnlyList<CandidatureResumeDto>>, ProblemHttpResult>> Convoquer(
        Guid sessionId, ConvocationLotRequete r, ActeurCourant courant, LotsService lots, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("lot.convoquer", ct);
        return await LotAsync(() => lots.ConvoquerAsync(acteur, sessionId, r.Candidatures!, r.Date!.Value, ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<CandidatureResumeDto>>, ProblemHttpResult>> Resultats(
        Guid sessionId, ResultatsLotRequete r, ActeurCourant courant, LotsService lots, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("lot.resultats", ct);
        return await LotAsync(() => lots.EnregistrerResultatsAsync(acteur, sessionId, [.. r.Candidatures!.Select(c => new DecisionLot(c.Id, c.Resultat))], ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<CandidatureResumeDto>>, ProblemHttpResult>> Avis(
        Guid sessionId, AvisLotRequete r, ActeurCourant courant, LotsService lots, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("lot.avis", ct);
        var decisions = r.Candidatures!.Select(c => new DecisionLot(c.Id, Avis: new AvisSaisi(
            c.Retenue!.Value, c.DateEntreePrevue, c.DateSortiePrevue, c.HeuresHebdomadaires, string.IsNullOrWhiteSpace(c.Motif) ? null : c.Motif.Trim(), c.Raison, c.Commentaire))).ToList();
        return await LotAsync(() => lots.DonnerAvisAsync(acteur, sessionId, r.Etape!.Value, decisions, ct));
    }

    /// <summary>LOT-04: a refused batch answers 409 with the reasons of each invalid candidature; nothing changed.</summary>
    private static async Task<Results<Ok<IReadOnlyList<CandidatureResumeDto>>, ProblemHttpResult>> LotAsync(Func<Task<IReadOnlyList<Candidature>>> traiter)
    {
        try
        {
            var faites = await traiter();
            return TypedResults.Ok<IReadOnlyList<CandidatureResumeDto>>([.. faites.Select(c => c.Resume())]);
        }
        catch (LotRefuseException e)
        {
            return TypedResults.Problem(
                title: "Refusé par la règle LOT-04.",
                detail: e.Message,
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?>
                {
                    ["regle"] = "LOT-04",
                    ["candidatures"] = e.Refus.Select(r => new
                    {
                        id = r.CandidatureId,
                        candidat = r.Candidat,
                        refus = r.Refus.Select(x => new { regle = x.Regle, message = x.Message }),
                    }).ToList(),
                });
        }
    }

    private static string Libelle(EtapeLot etape) => etape switch
    {
        EtapeLot.AConvoquer => "Candidats à convoquer",
        EtapeLot.PresenceARenseigner => "Présence / absence à renseigner",
        EtapeLot.AvisEnAttente => "Avis de recrutement en attente",
        _ => "Candidatures non retenues pour session complète",
    };
}
