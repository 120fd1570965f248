namespace Rafael.Engine.Candidatures;

/// <summary>Reads the funded sessions candidatures are made on (implemented over the catalogue).</summary>
public interface ISessionsCandidatables
{
    /// <summary>One session, or null when it does not exist or is not a funded session.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The session's data.</returns>
    Task<SessionCandidatable?> TrouverAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Several sessions at once, by identifier (unknown ones are left out).</summary>
    /// <param name="sessionIds">The sessions.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The sessions found.</returns>
    Task<IReadOnlyList<SessionCandidatable>> TrouverAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken);

    /// <summary>The funded sessions open to candidatures on the given mesures, filtered.</summary>
    /// <param name="mesures">Mesure codes the caller's structure holds the right on.</param>
    /// <param name="criteres">The filters (places left is applied by the caller).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The sessions, soonest first.</returns>
    Task<IReadOnlyList<SessionCandidatable>> OuvertesAsync(IReadOnlyCollection<string> mesures, RechercheSessions criteres, CancellationToken cancellationToken);
}
