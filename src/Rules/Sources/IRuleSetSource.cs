namespace Rafael.Rules;

/// <summary>
/// Where published rule sets come from. The Engine implements it over its versioned table (analysts publish from
/// the Studio); <see cref="EmbeddedRuleSetSource"/> serves the shipped rule sets as version 1.
/// </summary>
public interface IRuleSetSource
{
    /// <summary>The number of the published version of a rule set, or null when there is none.</summary>
    /// <param name="name">The rule set's name, for example <c>candidature.preinscription</c>.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <remarks>Called at every decision: keep it cheap (one indexed query, or a short cache).</remarks>
    ValueTask<int?> GetPublishedVersionAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The JSON content of a given version of a rule set, or null when that version does not exist.</summary>
    /// <param name="name">The rule set's name.</param>
    /// <param name="version">The version number, as returned by <see cref="GetPublishedVersionAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <remarks>Called once per version: the evaluator compiles and keeps the result.</remarks>
    ValueTask<string?> GetContentAsync(string name, int version, CancellationToken cancellationToken = default);
}
