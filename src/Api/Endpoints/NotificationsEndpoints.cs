using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rafael.Api.Contracts.Notifications;
using Rafael.Api.Infrastructure;
using Rafael.Engine.Notifications.Envoi;
using Rafael.Engine.Persistence;

namespace Rafael.Api.Endpoints;

/// <summary>The emails of the platform for administrators: pending, sent and parked, newest first.</summary>
internal static class NotificationsEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Modèles d'email").RequireAuthorization(AdministrateurRequirement.Policy);
        group.MapGet("/emails", Emails).WithSummary("Les emails, du plus récent au plus ancien, par pages de 100 : destinataire, sujet, modèle et version, en attente, envoyé ou parqué.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<EmailDto>>> Emails(int? page, ActeurCourant courant, RafaelDbContext db, CancellationToken ct)
    {
        var acteur = await courant.ExigerAsync("notifications.emails", ct);
        acteur.ExigerAdministrateur();
        var messages = await db.Outbox.AsNoTracking()
            .Where(m => m.Type == EmailSortant.TypeOutbox)
            .OrderByDescending(m => m.OccurredAt).ThenBy(m => m.Id)
            .Skip(Math.Max(0, (page ?? 1) - 1) * 100).Take(100)
            .ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<EmailDto>>([.. messages.Select(m =>
        {
            var email = JsonSerializer.Deserialize<EmailSortant>(m.Payload, Json)!;
            var statut = m.ProcessedAt is not null ? "envoye" : m.ParkedAt is not null ? "parque" : "en-attente";
            return new EmailDto(m.Id, email.A, email.Sujet, $"{email.Modele} v{email.Version}", statut, m.Attempts, m.LastError, m.OccurredAt, m.ProcessedAt);
        })]);
    }
}
