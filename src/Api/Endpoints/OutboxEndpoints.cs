using Microsoft.AspNetCore.Http.HttpResults;
using Rafael.Api.Contracts;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Common;
using Rafael.Workflows.Outbox;

namespace Rafael.Api.Endpoints;

/// <summary>Messages parked after repeated delivery failures, for administrators to see and retry.</summary>
internal static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/messages-sortants").WithTags("Messages sortants").RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapGet("/parques", Parques);
        group.MapPost("/{id:guid}/relancer", Relancer);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<MessageParqueDto>>> Parques(ActeurCourant courant, OutboxAdmin admin, CancellationToken ct)
    {
        await courant.ExigerAsync("outbox.parques", ct);
        var messages = await admin.ListParkedAsync(0, 200, ct);
        return TypedResults.Ok<IReadOnlyList<MessageParqueDto>>([.. messages.Select(m => new MessageParqueDto(m.Id, m.Type, m.Payload, m.Attempts, m.LastError, m.OccurredAt, m.ParkedAt))]);
    }

    private static async Task<NoContent> Relancer(Guid id, ActeurCourant courant, OutboxAdmin admin, CancellationToken ct)
    {
        await courant.ExigerAsync("outbox.relancer", ct);
        if (!await admin.RetryAsync(id, ct))
        {
            throw new IntrouvableException("Ce message n'est pas parqué (ou n'existe pas).");
        }

        return TypedResults.NoContent();
    }
}
