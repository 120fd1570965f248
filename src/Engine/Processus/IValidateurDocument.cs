namespace Rafael.Engine.Processus;

/// <summary>Checks a draft's content before it is saved (OrchardCore's "validate before save"): one per document type.</summary>
public interface IValidateurDocument
{
    /// <summary>The type of document it checks.</summary>
    TypeDocument Type { get; }

    /// <summary>Checks the content; an empty list means valid.</summary>
    /// <param name="nom">The document's name.</param>
    /// <param name="contenu">The content.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>French error messages, each saying where.</returns>
    Task<IReadOnlyList<string>> ValiderAsync(string nom, string contenu, CancellationToken cancellationToken);
}
