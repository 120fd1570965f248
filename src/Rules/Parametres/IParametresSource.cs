namespace Rafael.Rules;

/// <summary>
/// Where the parameters are stored. The Engine implements it over the database, so that analysts edit them per
/// dispositif through the Api with no restart; <see cref="EmbeddedParametresSource"/> serves the shipped defaults.
/// </summary>
public interface IParametresSource
{
    /// <summary>The values every dispositif starts from.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    ValueTask<Parametres> GetDefaultsAsync(CancellationToken cancellationToken = default);

    /// <summary>What a dispositif sets differently from the defaults, or null when it sets nothing.</summary>
    /// <param name="dispositifCode">The dispositif's code (<c>POEC</c>, <c>HSP</c>…), compared without regard to case.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    ValueTask<ParametresOverride?> GetOverrideAsync(string dispositifCode, CancellationToken cancellationToken = default);
}
