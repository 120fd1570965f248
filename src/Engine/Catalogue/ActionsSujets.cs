using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Catalogue;

/// <summary>The actions that follow one of the two action definitions (non conventionnée or conventionnée), for
/// version migrations.</summary>
/// <param name="definition">The definition's name.</param>
public sealed class ActionsSujets(string definition) : ISujetsProcessus
{
    /// <inheritdoc />
    public string Definition => definition;

    /// <inheritdoc />
    public async Task<IReadOnlyList<(string Id, IWorkflowSubject Sujet)>> AvantVersionAsync(RafaelDbContext db, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var actions = await db.Actions.Where(a => a.DefinitionName == definition && a.DefinitionVersion < version).ToListAsync(cancellationToken);
        return [.. actions.Select(a => (a.Id.ToString(), (IWorkflowSubject)a))];
    }
}
