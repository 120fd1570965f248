namespace Rafael.Rules;

/// <summary>Merges the defaults and a dispositif's overrides read from an <see cref="IParametresSource"/>, at each call.</summary>
public sealed class ParametresProvider : IParametresProvider
{
    private readonly IParametresSource source;

    /// <summary>Creates a provider over the given source.</summary>
    /// <param name="source">Where the defaults and overrides are stored.</param>
    public ParametresProvider(IParametresSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        this.source = source;
    }

    /// <inheritdoc />
    public async ValueTask<Parametres> GetAsync(string dispositifCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dispositifCode);
        var defaults = await source.GetDefaultsAsync(cancellationToken);
        var surcharge = await source.GetOverrideAsync(dispositifCode, cancellationToken);
        return defaults.Merge(surcharge);
    }
}
