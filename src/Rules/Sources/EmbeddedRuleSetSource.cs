namespace Rafael.Rules;

/// <summary>
/// The rule sets shipped in <c>RuleSets/*.json</c>, published as version 1. Also the seed: the Engine copies
/// <see cref="Names"/> and <see cref="GetContent"/> into its table on first start.
/// </summary>
public sealed class EmbeddedRuleSetSource : IRuleSetSource
{
    /// <summary>The version number of every shipped rule set.</summary>
    public const int Version = 1;

    private const string Prefix = "Rafael.Rules.RuleSets.";

    private static readonly Lazy<Dictionary<string, string>> Contents = new(() =>
        EmbeddedResources.Names(Prefix)
            .Where(n => n != RuleSetSchema.ResourceName)
            .ToDictionary(n => n[Prefix.Length..^".json".Length], EmbeddedResources.Read, StringComparer.OrdinalIgnoreCase));

    /// <summary>The names of the shipped rule sets, for example <c>candidature.preinscription</c>.</summary>
    public static IReadOnlyCollection<string> Names => Contents.Value.Keys;

    /// <summary>The JSON schema every rule set follows (<c>ruleset.schema.json</c>), for the Studio's editor.</summary>
    public static string Schema => RuleSetSchema.Text;

    /// <summary>The JSON content of a shipped rule set.</summary>
    /// <param name="name">The rule set's name.</param>
    /// <exception cref="RuleSetException">No rule set of that name is shipped.</exception>
    public static string GetContent(string name) =>
        Contents.Value.TryGetValue(name, out var content)
            ? content
            : throw new RuleSetException($"Aucun jeu de règles « {name} » n'est livré avec Rafael.");

    /// <inheritdoc />
    public ValueTask<int?> GetPublishedVersionAsync(string name, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<int?>(Contents.Value.ContainsKey(name) ? Version : null);

    /// <inheritdoc />
    public ValueTask<string?> GetContentAsync(string name, int version, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(version == Version && Contents.Value.TryGetValue(name, out var content) ? content : null);
}
