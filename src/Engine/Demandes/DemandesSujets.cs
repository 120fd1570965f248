using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Persistence;
using Rafael.Engine.Processus;
using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Demandes;

/// <summary>The requests that follow <c>demande-compte</c>, for version migrations.</summary>
public sealed class DemandesSujets : ISujetsProcessus
{
    /// <inheritdoc />
    public string Definition => Demande.Definition;

    /// <inheritdoc />
    public async Task<IReadOnlyList<(string Id, IWorkflowSubject Sujet)>> AvantVersionAsync(RafaelDbContext db, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var demandes = await db.Demandes.Where(d => d.DefinitionVersion < version).ToListAsync(cancellationToken);
        return [.. demandes.Select(d => (d.Id.ToString(), (IWorkflowSubject)d))];
    }
}
