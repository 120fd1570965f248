using System.Collections.Concurrent;
using Rafael.Workflows.Definitions;

namespace Rafael.Workflows.Versions;

/// <summary>
/// Versions held in memory, seeded from another source: for the Studio's simulation and for tests of publishing.
/// Publishing adds a version and makes it the published one; earlier versions stay available by number.
/// </summary>
public sealed class InMemoryDefinitionSource : IDefinitionSource
{
    private readonly ConcurrentDictionary<string, ImmutableVersions> _byName = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates a source holding the given versions.</summary>
    /// <param name="versions">The initial versions; for each name, the one flagged published is published.</param>
    /// <param name="time">The clock stamping publications.</param>
    public InMemoryDefinitionSource(IEnumerable<DefinitionVersion> versions, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(versions);
        _time = time;
        foreach (var group in versions.GroupBy(v => v.Name))
        {
            var list = group.OrderBy(v => v.Number).ToList();
            _byName[group.Key] = new ImmutableVersions(list, list.LastOrDefault(v => v.IsPublished)?.Number);
        }
    }

    /// <summary>Publishes a definition as its name's next version.</summary>
    /// <param name="definition">The definition; its version must be the next number.</param>
    /// <returns>The published version.</returns>
    public DefinitionVersion Publish(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var published = new DefinitionVersion(definition, IsPublished: true, PublishedAt: _time.GetUtcNow());
        _byName.AddOrUpdate(
            definition.Name,
            _ => definition.Version == 1 ? new ImmutableVersions([published], 1) : throw NotNext(definition, 0),
            (_, current) =>
            {
                var last = current.Versions[^1].Number;
                if (definition.Version != last + 1)
                {
                    throw NotNext(definition, last);
                }

                var list = current.Versions.Select(v => v with { IsPublished = false }).Append(published).ToList();
                return new ImmutableVersions(list, definition.Version);
            });
        return published;
    }

    /// <inheritdoc />
    public ValueTask<DefinitionVersion?> GetPublishedAsync(string name, CancellationToken cancellationToken = default)
    {
        var versions = _byName.GetValueOrDefault(name);
        return ValueTask.FromResult(versions?.Published is { } number ? versions.Versions.First(v => v.Number == number) : null);
    }

    /// <inheritdoc />
    public ValueTask<DefinitionVersion?> GetAsync(string name, int version, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_byName.GetValueOrDefault(name)?.Versions.FirstOrDefault(v => v.Number == version));

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<DefinitionVersion>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<DefinitionVersion>();
        foreach (var name in _byName.Keys.Order(StringComparer.Ordinal))
        {
            if (await GetPublishedAsync(name, cancellationToken) is { } version)
            {
                list.Add(version);
            }
        }

        return list;
    }

    private static InvalidOperationException NotNext(ProcessDefinition definition, int last) =>
        new($"La version {definition.Version} de « {definition.Name} » ne suit pas la dernière version ({last}).");

    private sealed record ImmutableVersions(IReadOnlyList<DefinitionVersion> Versions, int? Published);
}
