using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Comptes;
using Rafael.Engine.Demandes;
using Rafael.Engine.Habilitations;
using Rafael.Engine.Structures;

namespace Rafael.Engine.Persistence;

/// <summary>Registers the Engine: the DbContext of the configured provider and the domain services.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Engine. <c>Rafael:Database:Provider</c> chooses the provider (Sqlite by default);
    /// <c>ConnectionStrings:Rafael</c> the database (for SQLite, by default a file under <c>Rafael:DataFolder</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="contentRoot">The app's content root, for the default data folder.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRafaelEngine(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration.GetValue("Rafael:Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Rafael");
        switch (provider)
        {
            case DatabaseProvider.PostgreSQL:
                services.AddDbContext<RafaelDbContext, PostgresRafaelDbContext>(o => o.UseNpgsql(Exiger(connectionString, provider)));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<RafaelDbContext, SqlServerRafaelDbContext>(o => o.UseSqlServer(Exiger(connectionString, provider)));
                break;
            default:
                services.AddDbContext<RafaelDbContext, SqliteRafaelDbContext>(o => o.UseSqlite(connectionString ?? SqliteParDefaut(configuration, contentRoot)));
                break;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ActeurLoader>();
        services.AddScoped<DemandesService>();
        services.AddScoped<StructuresService>();
        services.AddScoped<ComptesService>();
        services.AddScoped<HabilitationsService>();
        return services;
    }

    private static string Exiger(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"Le fournisseur {provider} demande une chaîne de connexion ConnectionStrings:Rafael.")
            : connectionString;

    private static string SqliteParDefaut(IConfiguration configuration, string contentRoot)
    {
        var dossier = configuration["Rafael:DataFolder"] ?? Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(dossier);
        return $"Data Source={Path.Combine(dossier, "rafael.db")}";
    }
}
