using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Candidatures;

/// <summary>The candidatures that follow one of the two candidature definitions, for version migrations.</summary>
/// <param name="definition">The definition's name.</param>
public sealed class CandidaturesSujets(string definition) : ISujetsProcessus
{
    /// <inheritdoc />
    public string Definition => definition;

    /// <inheritdoc />
    public async Task<IReadOnlyList<(string Id, IWorkflowSubject Sujet)>> AvantVersionAsync(RafaelDbContext db, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var candidatures = await db.Candidatures.Where(c => c.DefinitionName == definition && c.DefinitionVersion < version).ToListAsync(cancellationToken);
        return [.. candidatures.Select(c => (c.Id.ToString(), (IWorkflowSubject)c))];
    }
}
