using Rafael.Rules;

namespace Rafael.Engine.Processus;

/// <summary>Rule sets from the database's published versions.</summary>
public sealed class DbRuleSetSource(DocumentsPublies documents) : IRuleSetSource
{
    /// <inheritdoc />
    public async ValueTask<int?> GetPublishedVersionAsync(string name, CancellationToken cancellationToken = default) =>
        await documents.NumeroPublieAsync(TypeDocument.RegleSet, name, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<string?> GetContentAsync(string name, int version, CancellationToken cancellationToken = default) =>
        await documents.ContenuAsync(TypeDocument.RegleSet, name, version, cancellationToken);
}
