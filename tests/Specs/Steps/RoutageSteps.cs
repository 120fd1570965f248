using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Specs.Hosting;
using Rafael.Specs.Runner;
using Rafael.Workflows.Outbox;
using Xunit;

namespace Rafael.Specs.Steps;

/// <summary>
/// AVIS-09: the partners' messages a verdict leaves in the outbox, and from when the dispatcher may take them. The
/// connectors come later: what is checked is the outbox itself.
/// </summary>
public sealed class RoutageSteps(Monde monde, BaseDeDonnees bd, BoiteEnvoi boite, RafaelApplication application, ScenarioContext context)
{
    private static readonly string[] Partenaires = ["agora.avis", "eos.candidature-retenue", "kairos.avis"];
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Alors("la boîte d'envoi contient pour {string} les messages {string}")]
    public async Task Contient(string candidat, string attendus)
    {
        var lus = (await MessagesAsync(candidat)).Select(m => m.Type).Order(StringComparer.Ordinal);
        Assert.Equal(attendus.Split(", ").Order(StringComparer.Ordinal), lus);
    }

    [Alors("la boîte d'envoi ne contient aucun message aux partenaires pour {string}")]
    public async Task NeContientRien(string candidat) =>
        Assert.Empty((await MessagesAsync(candidat)).Select(m => m.Type));

    [Alors("le message {string} de {string} est disponible le {date} à {time}")]
    public async Task EstDisponibleLe(string type, string candidat, DateOnly date, TimeOnly heure)
    {
        var message = Assert.Single(await MessagesAsync(candidat), m => m.Type == type);
        var local = date.ToDateTime(heure);
        Assert.True(message.IsPending, $"« {type} » devait encore attendre.");
        Assert.Equal(0, message.Attempts);
        Assert.Null(message.ClaimedBy);
        Assert.Equal(new DateTimeOffset(local, Paris.GetUtcOffset(local)), message.NextAttemptAt);
    }

    [Quand("la boîte d'envoi est distribuée")]
    public Task EstDistribuee() => boite.DistribuerAsync(context.CancellationToken);

    [Alors("le message {string} de {string} a été pris par la distribution")]
    public async Task APrisParLaDistribution(string type, string candidat)
    {
        // Delivered, or put off for the connector that a later release deploys: either way the dispatcher took it.
        var message = Assert.Single(await MessagesAsync(candidat), m => m.Type == type);
        var maintenant = application.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Assert.True(message.ProcessedAt is not null || message.NextAttemptAt > maintenant, $"« {type} » n'a pas été pris (disponible le {message.NextAttemptAt:O}, il est {maintenant:O}).");
    }

    private async Task<List<OutboxMessage>> MessagesAsync(string candidat)
    {
        var id = monde.Candidatures[candidat].ToString();
        var messages = await bd.LireAsync(db => db.Outbox.AsNoTracking()
            .Where(m => Partenaires.Contains(m.Type))
            .ToListAsync(context.CancellationToken));
        return [.. messages.Where(m => m.Payload.Contains(id, StringComparison.Ordinal))];
    }
}
