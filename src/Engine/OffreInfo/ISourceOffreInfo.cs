namespace Rafael.Engine.OffreInfo;

/// <summary>
/// Where the "Offre info" feed reads the published catalogue: the Catalogue implements it over its actions and
/// sessions, streaming them in reference order without loading them all.
/// </summary>
public interface ISourceOffreInfo
{
    /// <summary>The published actions with their published sessions.</summary>
    /// <param name="depuis">When given, only actions whose action or one of whose sessions was created or changed at
    /// or after this instant are needed (the exporter filters again, so returning more is harmless).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The actions, one at a time.</returns>
    IAsyncEnumerable<ActionPubliee> LireAsync(DateTimeOffset? depuis, CancellationToken cancellationToken);
}
