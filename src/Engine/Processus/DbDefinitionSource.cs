using Rafael.Workflows.Definitions;
using Rafael.Workflows.Versions;

namespace Rafael.Engine.Processus;

/// <summary>Process definitions from the database's published versions; each version parsed once (a published version never changes).</summary>
public sealed class DbDefinitionSource(DocumentsPublies documents) : IDefinitionSource
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), DefinitionVersion> lues = new();

    /// <inheritdoc />
    public async ValueTask<DefinitionVersion?> GetPublishedAsync(string name, CancellationToken cancellationToken = default) =>
        await documents.NumeroPublieAsync(TypeDocument.Definition, name, cancellationToken) is { } numero
            ? await GetAsync(name, numero, cancellationToken)
            : null;

    /// <inheritdoc />
    public async ValueTask<DefinitionVersion?> GetAsync(string name, int version, CancellationToken cancellationToken = default)
    {
        if (lues.TryGetValue((name, version), out var lue))
        {
            return lue;
        }

        var contenu = await documents.ContenuAsync(TypeDocument.Definition, name, version, cancellationToken);
        if (contenu is null)
        {
            return null;
        }

        // The stored JSON's own number is the draft's: the row's number is authoritative.
        var definition = DefinitionJson.Parse(contenu) with { Version = version };
        return lues.GetOrAdd((name, version), new DefinitionVersion(definition, IsPublished: true, PublishedAt: null));
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<DefinitionVersion>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        var liste = new List<DefinitionVersion>();
        foreach (var (nom, numero) in (await documents.PubliesAsync(TypeDocument.Definition, cancellationToken)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (await GetAsync(nom, numero, cancellationToken) is { } version)
            {
                liste.Add(version);
            }
        }

        return liste;
    }
}
