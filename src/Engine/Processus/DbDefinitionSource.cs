using Rafael.Workflows.Definitions;
using Rafael.Workflows.Versions;

namespace Rafael.Engine.Processus;

/// <summary>Process definitions from the database's published versions; each version parsed once (see <see cref="DocumentsPublies.LueAsync"/>).</summary>
public sealed class DbDefinitionSource(DocumentsPublies documents) : IDefinitionSource
{
    /// <inheritdoc />
    public async ValueTask<DefinitionVersion?> GetPublishedAsync(string name, CancellationToken cancellationToken = default) =>
        await documents.NumeroPublieAsync(TypeDocument.Definition, name, cancellationToken) is { } numero
            ? await GetAsync(name, numero, cancellationToken)
            : null;

    /// <inheritdoc />
    public async ValueTask<DefinitionVersion?> GetAsync(string name, int version, CancellationToken cancellationToken = default) =>
        await documents.LueAsync(
            TypeDocument.Definition,
            name,
            version,

            // The stored JSON's own number is the draft's: the row's number is authoritative.
            contenu => new DefinitionVersion(DefinitionJson.Parse(contenu) with { Version = version }, IsPublished: true, PublishedAt: null),
            cancellationToken);

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
