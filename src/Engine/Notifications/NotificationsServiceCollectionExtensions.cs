using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rafael.Engine.Notifications.Constructeurs;
using Rafael.Engine.Notifications.Envoi;
using Rafael.Engine.Notifications.Preferences;
using Rafael.Engine.Processus;
using Rafael.Workflows.Outbox;

namespace Rafael.Engine.Notifications;

/// <summary>Registers the notifications: templates' validation, model builders, outbox handlers and the sender.</summary>
public static class NotificationsServiceCollectionExtensions
{
    /// <summary>Adds the notifications, configured by <c>Rafael:Email</c> (see <see cref="OptionsNotifications"/>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="dossierDonnees">The data folder, under which <c>emails</c> is the default folder of <c>.eml</c> files.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRafaelNotifications(this IServiceCollection services, IConfiguration configuration, string dossierDonnees)
    {
        var options = new OptionsNotifications();
        configuration.GetSection(OptionsNotifications.Section).Bind(options);
        options.Dossier ??= Path.Combine(dossierDonnees, "emails");
        services.AddSingleton(options);
        services.AddSingleton<IValidateurDocument, ValidateurModele>();
        services.AddSingleton<IConstructeurNotification, ConstructeurDemande>();
        services.AddSingleton<IConstructeurNotification, ConstructeurDroitsAttribues>();
        services.AddSingleton<IConstructeurNotification, ConstructeurMotDePasseOublie>();
        services.AddSingleton<IConstructeurNotification, ConstructeurAction>();
        services.AddSingleton<IConstructeurNotification, ConstructeurSession>();
        services.AddSingleton<NotificationsService>();
        services.AddScoped<PreferencesService>();
        services.AddScoped<ApercuService>();
        services.AddSingleton<IOutboxHandler, NotificationHandler>();
        services.AddSingleton<IOutboxHandler, EnvoiEmailHandler>();
        if (string.Equals(options.Mode, "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IEnvoyeurEmail, EnvoyeurSmtp>();
        }
        else
        {
            services.AddSingleton<IEnvoyeurEmail>(sp => new EnvoyeurFichiers(options, sp.GetRequiredService<ILogger<EnvoyeurFichiers>>()));
        }

        return services;
    }
}
