using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Processus;

/// <summary>
/// Reads published versions for the engine's singletons (evaluator, runtime), each read in a scope of its own:
/// the number in force is read from the database for every command, so a publication applies to the next one on
/// every node, with no restart; a version, immutable once published, is parsed once by whoever reads it (definition,
/// parameters, rule set) and kept in one cache shared by all of them.
/// </summary>
/// <remarks>
/// Inside an <see cref="Instantane"/> (one per Api request), the numbers in force of every document are read once,
/// in one query, at the first decision that needs one, and the command's later decisions use the same numbers: one
/// round trip instead of one per rule set, definition and parameter document, and every decision of a command
/// on one consistent set of versions. Outside (background processors, start-up), each call reads its number.
/// </remarks>
public sealed class DocumentsPublies(IServiceScopeFactory scopes)
{
    private static readonly AsyncLocal<Numeros?> Courant = new();

    private static string? sqlNumeros;

    private readonly ConcurrentDictionary<(TypeDocument Type, string Nom, int Numero, Type Forme), VersionLue> lues = new();

    private readonly Lock elagage = new();

    private long horloge;

    /// <summary>
    /// How many parsed versions are kept: every version in force is used at each decision and stays; versions of
    /// subjects pinned to an old definition stay while they are used; the least recently used go first.
    /// </summary>
    public int Capacite { get; init; } = 512;

    /// <summary>How many parsed versions are kept now.</summary>
    public int NombreLues => lues.Count;

    /// <summary>
    /// Opens a snapshot of the numbers in force for the current command (the calls below it in the same async flow);
    /// dispose it when the command ends.
    /// </summary>
    /// <returns>What closes the snapshot.</returns>
    public static IDisposable Instantane()
    {
        var precedent = Courant.Value;
        Courant.Value = new Numeros();
        return new Fermeture(precedent);
    }

    /// <summary>Forgets the current snapshot's numbers, after a publication in the same command: the next decision reads them again.</summary>
    public static void OublierInstantane() => Courant.Value?.Oublier();

    /// <summary>The current snapshot when its numbers are not read yet: a command that can read them in a round trip it makes anyway gives them with <see cref="Numeros.Fixer"/>.</summary>
    /// <returns>The snapshot to fill, or null.</returns>
    internal static Numeros? NumerosALire() => Courant.Value is { EstLu: false } instantane ? instantane : null;

    /// <summary>The PostgreSQL query of every number in force (type, name, number), with the model's names.</summary>
    /// <param name="modele">The model.</param>
    /// <returns>The SQL.</returns>
    internal static string SqlNumerosPostgres(Microsoft.EntityFrameworkCore.Metadata.IModel modele) => sqlNumeros ??= Sql(modele);

    /// <summary>The number in force of a document, or null when it has none published.</summary>
    /// <param name="type">Its type.</param>
    /// <param name="nom">Its name.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The highest published number.</returns>
    public async Task<int?> NumeroPublieAsync(TypeDocument type, string nom, CancellationToken cancellationToken = default)
    {
        if (Courant.Value is { } instantane)
        {
            var numeros = await instantane.LireAsync(this, cancellationToken);
            return numeros.TryGetValue((type, nom), out var numero) ? numero : null;
        }

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
    public Task<string?> ContenuAsync(TypeDocument type, string nom, int numero, CancellationToken cancellationToken = default) =>
        LueAsync(type, nom, numero, static contenu => contenu, cancellationToken);

    /// <summary>
    /// A published version as the caller parses it, parsed once while it stays in the cache (a published version
    /// never changes): every reader of the same version gets the same instance. Null when the version is not published
    /// (a draft is never read here) or parses to null.
    /// </summary>
    /// <typeparam name="T">What the caller makes of the content; immutable, since it is shared.</typeparam>
    /// <param name="type">Its type.</param>
    /// <param name="nom">Its name.</param>
    /// <param name="numero">Its number.</param>
    /// <param name="lire">Parses the content.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The parsed version.</returns>
    public async Task<T?> LueAsync<T>(TypeDocument type, string nom, int numero, Func<string, T?> lire, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(lire);
        var cle = (type, nom, numero, typeof(T));
        if (lues.TryGetValue(cle, out var connue))
        {
            connue.DernierUsage = Interlocked.Increment(ref horloge);
            return (T)connue.Valeur;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        var contenu = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(d => d.Type == type && d.Nom == nom && d.Numero == numero && d.Statut == StatutDocument.Publiee)
            .Select(d => d.Contenu)
            .SingleOrDefaultAsync(cancellationToken);
        if (contenu is null || lire(contenu) is not { } lue)
        {
            return null;
        }

        // Two first reads at once keep the first instance, so that every reader shares one.
        var gardee = lues.GetOrAdd(cle, new VersionLue(lue) { DernierUsage = Interlocked.Increment(ref horloge) });
        if (lues.Count > Capacite)
        {
            Elaguer();
        }

        return (T)gardee.Valeur;
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

    /// <summary>Drops the least recently used quarter, so that pruning is rare.</summary>
    private void Elaguer()
    {
        lock (elagage)
        {
            var enTrop = lues.Count - (Capacite * 3 / 4);
            if (enTrop <= 0)
            {
                return;
            }

            foreach (var (cle, _) in lues.OrderBy(l => l.Value.DernierUsage).Take(enTrop).ToList())
            {
                lues.TryRemove(cle, out _);
            }
        }
    }

    private async Task<Dictionary<(TypeDocument, string), int>> TousLesNumerosAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RafaelDbContext>();
        var lignes = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(d => d.Statut == StatutDocument.Publiee)
            .GroupBy(d => new { d.Type, d.Nom })
            .Select(g => new { g.Key.Type, g.Key.Nom, Numero = g.Max(d => d.Numero) })
            .ToListAsync(cancellationToken);
        return lignes.ToDictionary(l => (l.Type, l.Nom), l => l.Numero);
    }

    private static string Sql(Microsoft.EntityFrameworkCore.Metadata.IModel modele)
    {
        var entite = modele.FindEntityType(typeof(DocumentVersion))!;
        var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entite.GetTableName()!, entite.GetSchema());
        string Colonne(string propriete) => $"\"{entite.FindProperty(propriete)!.GetColumnName(table)}\"";
        var nom = entite.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        return $"SELECT {Colonne(nameof(DocumentVersion.Type))}, {Colonne(nameof(DocumentVersion.Nom))}, max({Colonne(nameof(DocumentVersion.Numero))}) FROM {nom} " +
            $"WHERE {Colonne(nameof(DocumentVersion.Statut))} = '{nameof(StatutDocument.Publiee)}' GROUP BY 1, 2";
    }

    /// <summary>The numbers in force of one command, read at its first decision.</summary>
    internal sealed class Numeros
    {
        private Task<Dictionary<(TypeDocument, string), int>>? lecture;

        public bool EstLu => Volatile.Read(ref lecture) is { IsCompletedSuccessfully: true };

        /// <summary>Gives the numbers read by the command itself (type as stored, name, number).</summary>
        /// <param name="lus">The rows of <see cref="SqlNumerosPostgres"/>.</param>
        public void Fixer(IEnumerable<(string Type, string Nom, int Numero)> lus) =>
            Volatile.Write(ref lecture, Task.FromResult(lus.ToDictionary(l => (Enum.Parse<TypeDocument>(l.Type), l.Nom), l => l.Numero)));

        public Task<Dictionary<(TypeDocument, string), int>> LireAsync(DocumentsPublies documents, CancellationToken cancellationToken)
        {
            var courante = Volatile.Read(ref lecture);
            if (courante is null || courante.IsFaulted || courante.IsCanceled)
            {
                courante = documents.TousLesNumerosAsync(cancellationToken);
                Volatile.Write(ref lecture, courante);
            }

            return courante;
        }

        public void Oublier() => Volatile.Write(ref lecture, null);
    }

    private sealed class VersionLue(object valeur)
    {
        public object Valeur { get; } = valeur;

        public long DernierUsage { get; set; }
    }

    private sealed class Fermeture(Numeros? precedent) : IDisposable
    {
        public void Dispose() => Courant.Value = precedent;
    }
}
