namespace Rafael.Workflows.Versions;

/// <summary>Where definition versions come from: the embedded files, the database of the Studio's versions…</summary>
public interface IDefinitionSource
{
    /// <summary>The published version of a definition, the one new entities start on.</summary>
    /// <param name="name">The definition's name.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The published version, or null when none.</returns>
    ValueTask<DefinitionVersion?> GetPublishedAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>A given version of a definition, published now or before.</summary>
    /// <param name="name">The definition's name.</param>
    /// <param name="version">The version number.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The version, or null when unknown.</returns>
    ValueTask<DefinitionVersion?> GetAsync(string name, int version, CancellationToken cancellationToken = default);

    /// <summary>The published version of every definition.</summary>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>One version per definition name.</returns>
    ValueTask<IReadOnlyList<DefinitionVersion>> ListPublishedAsync(CancellationToken cancellationToken = default);
}
