using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Processus;

/// <summary>
/// Reads published versions for the engine's singletons (evaluator, runtime), each call in a scope of its own:
/// the number in force is read at every decision, so a publication applies to the next one on every node, with no
/// restart; a version's content, immutable once published, is cached.
/// </summary>
public sealed class DocumentsPublies(IServiceScopeFactory scopes)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(TypeDocument, string, int), string> contenus = new();

    /// <summary>The number in force of a document, or null when it has none published.</summary>
    /// <param name="type">Its type.</param>
    /// <param name="nom">Its name.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The highest published number.</returns>
    public async Task<int?> NumeroPublieAsync(TypeDocument type, string nom, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        return await db.Set<DocumentVersion>().AsNoTracking()
            .Where(d => d.Type == type && d.Nom == nom && d.Statut == StatutDocument.Publiee)
            .MaxAsync(d => (int?)d.Numero, cancellationToken);
    }

    /// <summary>The content of a published version, or null.</summary>
    /// <param name="type">Its type.</param>
    /// <param name="nom">Its name.</param>
    /// <param name="numero">Its number.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The content.</returns>
    public async Task<string?> ContenuAsync(TypeDocument type, string nom, int numero, CancellationToken cancellationToken = default)
    {
        if (contenus.TryGetValue((type, nom, numero), out var connu))
        {
            return connu;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        var contenu = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(d => d.Type == type && d.Nom == nom && d.Numero == numero && d.Statut == StatutDocument.Publiee)
            .Select(d => d.Contenu)
            .SingleOrDefaultAsync(cancellationToken);
        if (contenu is not null)
        {
            contenus[(type, nom, numero)] = contenu;
        }

        return contenu;
    }

    /// <summary>The names of the published documents of a type, with their number in force.</summary>
    /// <param name="type">The type.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Name → number.</returns>
    public async Task<IReadOnlyDictionary<string, int>> PubliesAsync(TypeDocument type, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        var lignes = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(d => d.Type == type && d.Statut == StatutDocument.Publiee)
            .GroupBy(d => d.Nom)
            .Select(g => new { Nom = g.Key, Numero = g.Max(d => d.Numero) })
            .ToListAsync(cancellationToken);
        return lignes.ToDictionary(l => l.Nom, l => l.Numero, StringComparer.Ordinal);
    }
}
