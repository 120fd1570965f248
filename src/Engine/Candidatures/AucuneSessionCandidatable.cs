namespace Rafael.Engine.Candidatures;

/// <summary>
/// Until the catalogue's sessions are wired in, there is no funded session to apply to: every look-up finds none
/// (a pre-registration is refused as on an unknown session). Replaced by the implementation over the catalogue.
/// </summary>
internal sealed class AucuneSessionCandidatable : ISessionsCandidatables
{
    public Task<SessionCandidatable?> TrouverAsync(Guid sessionId, CancellationToken cancellationToken) => Task.FromResult<SessionCandidatable?>(null);

    public Task<IReadOnlyList<SessionCandidatable>> TrouverAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SessionCandidatable>>([]);

    public Task<IReadOnlyList<SessionCandidatable>> OuvertesAsync(IReadOnlyCollection<string> mesures, RechercheSessions criteres, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SessionCandidatable>>([]);
}
