using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Catalogue;

/// <summary>The sessions that follow <c>session</c>, for version migrations.</summary>
public sealed class SessionsSujets : ISujetsProcessus
{
    /// <inheritdoc />
    public string Definition => Session.Definition;

    /// <inheritdoc />
    public async Task<IReadOnlyList<(string Id, IWorkflowSubject Sujet)>> AvantVersionAsync(RafaelDbContext db, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = await db.Sessions.Where(s => s.DefinitionVersion < version).ToListAsync(cancellationToken);
        return [.. sessions.Select(s => (s.Id.ToString(), (IWorkflowSubject)s))];
    }
}
