using System.Collections.Concurrent;
using Rafael.Workflows.Definitions;
using Rafael.Workflows.Versions;

namespace Rafael.Workflows.Runtime;

/// <summary>
/// Checked definitions per name and version, loaded once from the <see cref="IDefinitionSource"/>. A numbered
/// version never changes once published, so entries never expire; the cache is safe to share between threads.
/// </summary>
public sealed class CompiledDefinitionCache(IDefinitionSource source)
{
    private readonly ConcurrentDictionary<(string Name, int Version), CompiledDefinition> _compiled = new();

    /// <summary>The definition version an entity is pinned to.</summary>
    /// <param name="name">The definition's name.</param>
    /// <param name="version">The version number.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="InvalidOperationException">The version does not exist.</exception>
    /// <exception cref="InvalidDefinitionException">The version cannot be run.</exception>
    public async ValueTask<ProcessDefinition> GetDefinitionAsync(string name, int version, CancellationToken cancellationToken = default) =>
        (await GetAsync(name, version, cancellationToken)).Definition;

    internal async ValueTask<CompiledDefinition> GetAsync(string name, int version, CancellationToken cancellationToken)
    {
        if (_compiled.TryGetValue((name, version), out var compiled))
        {
            return compiled;
        }

        var found = await source.GetAsync(name, version, cancellationToken)
            ?? throw new InvalidOperationException($"La définition « {name} » n'a pas de version {version}.");
        return _compiled.GetOrAdd((name, version), _ => CompiledDefinition.Compile(found.Definition));
    }
}
