using Rafael.Rules;

namespace Rafael.Engine.Simulation;

/// <summary>
/// The published rule sets, except one whose draft is served as if it were published: an evaluator over this source
/// decides as the draft would, and nothing is published.
/// </summary>
/// <param name="publiees">The published rule sets.</param>
/// <param name="nom">The rule set whose draft is simulated.</param>
/// <param name="numero">The draft's number.</param>
/// <param name="contenu">The draft's JSON.</param>
public sealed class RegleSetBrouillonSource(IRuleSetSource publiees, string nom, int numero, string contenu) : IRuleSetSource
{
    /// <inheritdoc />
    public ValueTask<int?> GetPublishedVersionAsync(string name, CancellationToken cancellationToken = default) =>
        string.Equals(name, nom, StringComparison.OrdinalIgnoreCase)
            ? ValueTask.FromResult<int?>(numero)
            : publiees.GetPublishedVersionAsync(name, cancellationToken);

    /// <inheritdoc />
    public ValueTask<string?> GetContentAsync(string name, int version, CancellationToken cancellationToken = default) =>
        string.Equals(name, nom, StringComparison.OrdinalIgnoreCase) && version == numero
            ? ValueTask.FromResult<string?>(contenu)
            : publiees.GetContentAsync(name, version, cancellationToken);
}
