namespace Rafael.Rules;

/// <summary>Gives the parameters that apply to a dispositif: the defaults merged with its overrides.</summary>
public interface IParametresProvider
{
    /// <summary>The parameters of a dispositif; an unknown dispositif gets the defaults.</summary>
    /// <param name="dispositifCode">The dispositif's code (<c>PRF</c>, <c>POEC</c>, <c>HSP</c>…).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    ValueTask<Parametres> GetAsync(string dispositifCode, CancellationToken cancellationToken = default);
}
