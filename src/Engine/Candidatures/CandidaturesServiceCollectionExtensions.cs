using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Processus;
using Rafael.Workflows.Outbox;

namespace Rafael.Engine.Candidatures;

/// <summary>Registers candidatures: commands, reads, deadlines and the handlers of the catalogue's session messages.</summary>
public static class CandidaturesServiceCollectionExtensions
{
    /// <summary>Adds the candidature services.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRafaelCandidatures(this IServiceCollection services)
    {
        services.AddScoped<ISessionsCandidatables, SessionsCandidatablesCatalogue>();
        services.AddScoped<CandidaturesService>();
        services.AddScoped<CandidaturesLecture>();
        services.AddScoped<SessionsCandidaturesLecture>();
        services.AddScoped<LotsService>();
        services.AddSingleton<ICibleEcheance, CibleEcheanceCandidature>();
        services.AddSingleton<SessionModifieeHandler>();
        services.AddSingleton<IOutboxHandler>(sp => sp.GetRequiredService<SessionModifieeHandler>());
        services.AddSingleton<ISujetsProcessus>(new CandidaturesSujets(Candidature.Definition));
        services.AddSingleton<ISujetsProcessus>(new CandidaturesSujets(Candidature.DefinitionHsp));
        return services;
    }
}
