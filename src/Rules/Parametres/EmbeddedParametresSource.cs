using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rafael.Rules;

/// <summary>
/// The parameters shipped in <c>parametres.defaults.json</c>: defaults and overrides for POEC and HSP.
/// Also the seed the Engine copies into its database.
/// </summary>
public sealed class EmbeddedParametresSource : IParametresSource
{
    private static readonly Lazy<Document> Content = new(Load);

    /// <summary>The shipped defaults.</summary>
    public static Parametres Defaults => Content.Value.Defaults;

    /// <summary>The shipped overrides, by dispositif code.</summary>
    public static IReadOnlyDictionary<string, ParametresOverride> Overrides => Content.Value.Dispositifs;

    /// <inheritdoc />
    public ValueTask<Parametres> GetDefaultsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Defaults);

    /// <inheritdoc />
    public ValueTask<ParametresOverride?> GetOverrideAsync(string dispositifCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Overrides.TryGetValue(dispositifCode, out var surcharge) ? surcharge : null);

    private static Document Load()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // A misspelt parameter must fail at start-up, not be silently ignored.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        var document = JsonSerializer.Deserialize<Document>(EmbeddedResources.Read("Rafael.Rules.parametres.defaults.json"), options)
            ?? throw new InvalidOperationException("parametres.defaults.json est vide.");
        return document with { Dispositifs = new Dictionary<string, ParametresOverride>(document.Dispositifs, StringComparer.OrdinalIgnoreCase) };
    }

    private sealed record Document
    {
        public required Parametres Defaults { get; init; }

        public Dictionary<string, ParametresOverride> Dispositifs { get; init; } = [];
    }
}
