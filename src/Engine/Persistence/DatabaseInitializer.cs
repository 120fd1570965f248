using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Comptes;
using Rafael.Engine.Demo;

namespace Rafael.Engine.Persistence;

/// <summary>Applies the provider's migrations at start-up, then loads the demo data when asked and the database is empty.</summary>
public static class DatabaseInitializer
{
    /// <summary>Migrates the database and, if <paramref name="demo"/>, loads the demo set into an empty one.</summary>
    /// <param name="services">The root service provider.</param>
    /// <param name="demo">Whether to load the demo data.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>True when the demo data was loaded now.</returns>
    public static async Task<bool> InitialiserAsync(IServiceProvider services, bool demo, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<Processus.DocumentsService>().InitialiserAsync(Processus.DocumentsLivres.Tous(), cancellationToken);
        return demo && await DemoData.ChargerAsync(
            db,
            scope.ServiceProvider.GetRequiredService<UserManager<Compte>>(),
            scope.ServiceProvider.GetRequiredService<Processus.ProcessusService>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            scope.ServiceProvider,
            cancellationToken);
    }
}
