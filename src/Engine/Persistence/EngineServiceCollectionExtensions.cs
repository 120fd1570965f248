using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rafael.Engine.Acteurs;
using Rafael.Engine.Comptes;
using Rafael.Engine.Demandes;
using Rafael.Engine.Habilitations;
using Rafael.Engine.Processus;
using Rafael.Engine.Structures;
using Microsoft.Extensions.Logging;
using Rafael.Rules;
using Rafael.Workflows;
using Rafael.Workflows.Deadlines;
using Rafael.Workflows.Outbox;
using Rafael.Workflows.Versions;

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
                var pg = Exiger(connectionString, provider);
                services.AddDbContext<RafaelDbContext, PostgresRafaelDbContext>(o => o.UseNpgsql(pg));
                Fabrique(services, (j, t) => new PostgresRafaelDbContext(new DbContextOptionsBuilder<PostgresRafaelDbContext>().UseNpgsql(pg).Options, j, t));
                break;
            case DatabaseProvider.SqlServer:
                var sql = Exiger(connectionString, provider);
                services.AddDbContext<RafaelDbContext, SqlServerRafaelDbContext>(o => o.UseSqlServer(sql));
                Fabrique(services, (j, t) => new SqlServerRafaelDbContext(new DbContextOptionsBuilder<SqlServerRafaelDbContext>().UseSqlServer(sql).Options, j, t));
                break;
            default:
                var sqlite = connectionString ?? SqliteParDefaut(configuration, contentRoot);
                services.AddDbContext<RafaelDbContext, SqliteRafaelDbContext>(o => o.UseSqlite(sqlite));
                Fabrique(services, (j, t) => new SqliteRafaelDbContext(new DbContextOptionsBuilder<SqliteRafaelDbContext>().UseSqlite(sqlite).Options, j, t));
                break;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ActeurLoader>();
        services.AddScoped<DemandesService>();
        services.AddScoped<StructuresService>();
        services.AddScoped<ComptesService>();
        services.AddScoped<HabilitationsService>();
        services.AddScoped<Catalogue.CatalogueService>();
        services.AddScoped<Catalogue.SessionsService>();
        services.AddScoped<Catalogue.PublicationService>();
        services.AddScoped<Catalogue.ListesCatalogue>();
        services.AddScoped<Catalogue.Import.ImportOffreService>();
        services.AddSingleton<ICibleEcheance, Catalogue.SessionsEcheances>();
        services.AddSingleton<ISujetsProcessus, Catalogue.SessionsSujets>();
        services.AddSingleton<ISujetsProcessus>(new Catalogue.ActionsSujets(Catalogue.ActionFormation.DefinitionNonConventionnee));
        services.AddSingleton<ISujetsProcessus>(new Catalogue.ActionsSujets(Catalogue.ActionFormation.DefinitionConventionnee));
        OffreInfo.OffreInfoServiceCollectionExtensions.AddRafaelOffreInfo(services);
        Notifications.NotificationsServiceCollectionExtensions.AddRafaelNotifications(services, configuration, configuration["Rafael:DataFolder"] ?? Path.Combine(contentRoot, "App_Data"));
        Candidatures.CandidaturesServiceCollectionExtensions.AddRafaelCandidatures(services);
        services.AddScoped<Candidatures.TableauDeBordLecture>();

        // The engine reads what analysts publish in the database; these replace the embedded defaults.
        services.AddSingleton<DocumentsPublies>();
        services.AddSingleton<IDefinitionSource, DbDefinitionSource>();
        services.AddSingleton<IRuleSetSource, DbRuleSetSource>();
        services.AddSingleton<IParametresSource, DbParametresSource>();
        services.AddRafaelRules();
        services.AddRafaelWorkflows();
        services.AddSingleton<IValidateurDocument, ValidateurDefinition>();
        services.AddSingleton<IValidateurDocument, ValidateurRegleSet>();
        services.AddSingleton<IValidateurDocument, ValidateurParametres>();
        services.AddScoped<DocumentsService>();
        services.AddSingleton<DeadlineScheduler>();
        services.AddSingleton<OutboxWriter>();
        services.AddScoped<ProcessusService>();
        services.AddScoped<MigrationsService>();
        services.AddSingleton<ISujetsProcessus, DemandesSujets>();
        services.AddScoped<Simulation.SimulationService>().AddScoped<Simulation.SimulationCandidaturesService>().AddSingleton<Simulation.ISujetsSimulables, Simulation.DemandesSimulables>();
        services.AddSingleton<IDeadlineHandler, EcheancesHandler>();
        services.AddSingleton(sp => new DeadlineProcessor(
            () => sp.GetRequiredService<RafaelDbContextFactory>().Create(new Journal.SystemJournalContext("echeance")),
            sp.GetRequiredService<IDeadlineHandler>(),
            sp.GetRequiredService<TimeProvider>(),
            new DeadlineProcessorOptions(),
            sp.GetService<ILogger<DeadlineProcessor>>()));
        services.AddSingleton(sp => new OutboxAdmin(
            () => sp.GetRequiredService<RafaelDbContextFactory>().Create(new Journal.SystemJournalContext("outbox.admin")),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new OutboxDispatcher(
            () => sp.GetRequiredService<RafaelDbContextFactory>().Create(new Journal.SystemJournalContext("outbox")),
            sp.GetServices<IOutboxHandler>(),
            sp.GetRequiredService<TimeProvider>(),
            DispatcherOptions(),
            sp.GetService<ILogger<OutboxDispatcher>>()));
        return services;
    }

    // The partners' connectors (Agora, EOS, Kairos, Offre info push) come in later releases: their messages wait for them.
    private static OutboxDispatcherOptions DispatcherOptions()
    {
        var options = new OutboxDispatcherOptions();
        foreach (var prefixe in new[] { "agora.", "eos.", "kairos.", "offre-info." })
        {
            options.AwaitingConnectorPrefixes.Add(prefixe);
        }

        return options;
    }

    private static void Fabrique(IServiceCollection services, Func<Journal.IJournalContext?, TimeProvider, RafaelDbContext> create) =>
        services.AddSingleton(sp => new RafaelDbContextFactory(j => create(j, sp.GetRequiredService<TimeProvider>())));

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
