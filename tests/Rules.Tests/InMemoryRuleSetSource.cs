using System.Collections.Concurrent;

namespace Rafael.Rules.Tests;

/// <summary>A versioned store as the Engine's table would be: publishing adds a version and makes it the published one.</summary>
internal sealed class InMemoryRuleSetSource : IRuleSetSource
{
    private readonly ConcurrentDictionary<(string Name, int Version), string> versions = new();
    private readonly ConcurrentDictionary<string, int> published = new(StringComparer.OrdinalIgnoreCase);

    public int ContentReads { get; private set; }

    public int Publish(string name, string json)
    {
        var version = published.TryGetValue(name, out var current) ? current + 1 : 1;
        versions[(name, version)] = json;
        published[name] = version;
        return version;
    }

    public ValueTask<int?> GetPublishedVersionAsync(string name, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<int?>(published.TryGetValue(name, out var version) ? version : null);

    public ValueTask<string?> GetContentAsync(string name, int version, CancellationToken cancellationToken = default)
    {
        ContentReads++;
        return ValueTask.FromResult(versions.TryGetValue((name, version), out var json) ? json : null);
    }
}
