using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Persistence;

namespace Rafael.Specs.Hosting;

/// <summary>
/// Empties every table of the Api's model, keeping the schema and its migrations: scenarios of one feature share a
/// host, and those that build a whole world (accounts, structures) each need it empty.
/// </summary>
internal static class DatabaseReset
{
    // The table names come from the Api's own model, quoted; nothing typed by anyone reaches this SQL.
    public static async Task ResetAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetViewName() is null && t.GetTableName() is not null)
            .Select(t => Quote(t.GetSchema(), t.GetTableName()!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            var truncate = "TRUNCATE TABLE " + string.Join(", ", tables) + " CASCADE";
            await db.Database.ExecuteSqlRawAsync(truncate, cancellationToken);
            await ReseedAsync(scope.ServiceProvider, cancellationToken);
            return;
        }

        // SQLite has no TRUNCATE; with the foreign keys off the order of the deletes does not matter.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF", cancellationToken);
            foreach (var table in tables)
            {
                var delete = "DELETE FROM " + table;
                await db.Database.ExecuteSqlRawAsync(delete, cancellationToken);
            }
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        await ReseedAsync(scope.ServiceProvider, cancellationToken);
    }

    // The definitions, rule sets and parameters Rafael ships are the platform itself, not a scenario's data.
    private static Task ReseedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<Rafael.Engine.Processus.DocumentsService>().InitialiserAsync(Rafael.Engine.Processus.DocumentsLivres.Tous(), cancellationToken);

    private static string Quote(string? schema, string table) =>
        schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
}
