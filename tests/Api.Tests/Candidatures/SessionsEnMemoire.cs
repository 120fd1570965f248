using System.Collections.Concurrent;
using Rafael.Engine.Candidatures;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>The funded sessions of the candidature tests, until they are created through the catalogue.</summary>
public sealed class SessionsEnMemoire : ISessionsCandidatables
{
    private readonly ConcurrentDictionary<Guid, SessionCandidatable> sessions = new();

    public void Enregistrer(SessionCandidatable session) => sessions[session.Id] = session;

    public Task<SessionCandidatable?> TrouverAsync(Guid sessionId, CancellationToken cancellationToken) =>
        Task.FromResult(sessions.GetValueOrDefault(sessionId));

    public Task<IReadOnlyList<SessionCandidatable>> TrouverAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SessionCandidatable>>([.. sessionIds.Where(sessions.ContainsKey).Select(id => sessions[id])]);

    public Task<IReadOnlyList<SessionCandidatable>> OuvertesAsync(IReadOnlyCollection<string> mesures, RechercheSessions criteres, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SessionCandidatable>>([.. sessions.Values
            .Where(s => mesures.Contains(s.Mesure))
            .Where(s => criteres.Texte is null || s.Intitule.Contains(criteres.Texte, StringComparison.OrdinalIgnoreCase) || s.Reference.Contains(criteres.Texte, StringComparison.Ordinal))
            .Where(s => criteres.Lieu is null || s.Ville == criteres.Lieu || (s.CodePostal ?? string.Empty).StartsWith(criteres.Lieu, StringComparison.Ordinal))
            .Where(s => criteres.Du is null || s.DateFin >= criteres.Du)
            .Where(s => criteres.Au is null || s.DateDebut <= criteres.Au)
            .Where(s => criteres.Dispositif is null || s.Dispositif == criteres.Dispositif)
            .Where(s => criteres.Mesure is null || s.Mesure == criteres.Mesure)
            .OrderBy(s => s.DateDebut)]);
}
