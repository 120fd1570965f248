using Rafael.Workflows.Definitions;

namespace Rafael.Workflows.Versions;

/// <summary>The definitions shipped in <c>Definitions/*.json</c>, as published version 1.</summary>
public sealed class EmbeddedDefinitionSource : IDefinitionSource
{
    /// <summary>The prefix of the embedded resources' names.</summary>
    public const string ResourcePrefix = "Rafael.Workflows.Definitions.";

    private static readonly Lazy<IReadOnlyDictionary<string, DefinitionVersion>> Versions = new(Load);

    /// <summary>The shipped definitions' JSON texts, by resource file name (for example <c>candidature.json</c>).</summary>
    /// <returns>File name → JSON text, the schema excluded.</returns>
    public static IReadOnlyDictionary<string, string> ReadShippedTexts()
    {
        var assembly = typeof(EmbeddedDefinitionSource).Assembly;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || resource.EndsWith(".schema.json", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            texts[resource[ResourcePrefix.Length..]] = reader.ReadToEnd();
        }

        return texts;
    }

    /// <inheritdoc />
    public ValueTask<DefinitionVersion?> GetPublishedAsync(string name, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Versions.Value.GetValueOrDefault(name));

    /// <inheritdoc />
    public ValueTask<DefinitionVersion?> GetAsync(string name, int version, CancellationToken cancellationToken = default)
    {
        var shipped = Versions.Value.GetValueOrDefault(name);
        return ValueTask.FromResult(shipped is not null && shipped.Number == version ? shipped : null);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<DefinitionVersion>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<DefinitionVersion>>([.. Versions.Value.Values.OrderBy(v => v.Name, StringComparer.Ordinal)]);

    private static Dictionary<string, DefinitionVersion> Load() =>
        ReadShippedTexts().Values
            .Select(DefinitionJson.Parse)
            .ToDictionary(d => d.Name, d => new DefinitionVersion(d, IsPublished: true, PublishedAt: null), StringComparer.Ordinal);
}
