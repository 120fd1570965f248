using Rafael.Engine.Persistence;

namespace Rafael.Engine.Simulation;

/// <summary>The real entities that follow a definition, most recent first, for simulations of its drafts.</summary>
public interface ISujetsSimulables
{
    /// <summary>The definition they follow.</summary>
    string Definition { get; }

    /// <summary>The last entities, most recent first.</summary>
    /// <param name="db">The unit of work (read only).</param>
    /// <param name="nombre">How many.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The entities as they are now.</returns>
    Task<IReadOnlyList<SujetSimule>> DerniersAsync(RafaelDbContext db, int nombre, CancellationToken cancellationToken);
}
