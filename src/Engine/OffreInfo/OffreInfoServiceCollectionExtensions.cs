using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Rafael.Engine.OffreInfo;

/// <summary>Registers the "Offre info" feed (CIR-08). The published catalogue is read through <see cref="SourceCatalogue"/>.</summary>
public static class OffreInfoServiceCollectionExtensions
{
    /// <summary>Adds the LHEO exporter, importer and the catalogue's source.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRafaelOffreInfo(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LheoExporter>();
        services.AddSingleton(sp => new LheoImporter(SchemaLheo.Charger(sp.GetService<IConfiguration>()?["Rafael:OffreInfo:SchemaLheo"])));
        services.AddScoped<ISourceOffreInfo, SourceCatalogue>();
        return services;
    }
}
