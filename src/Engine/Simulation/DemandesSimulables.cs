using Microsoft.EntityFrameworkCore;
using Rafael.Engine.Demandes;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Simulation;

/// <summary>The last account, affiliation and structure requests, for simulations of <c>demande-compte</c>.</summary>
public sealed class DemandesSimulables : ISujetsSimulables
{
    /// <inheritdoc />
    public string Definition => Demande.Definition;

    /// <inheritdoc />
    public async Task<IReadOnlyList<SujetSimule>> DerniersAsync(RafaelDbContext db, int nombre, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var demandes = await db.Demandes.AsNoTracking().ToListAsync(cancellationToken);
        return [.. demandes
            .OrderByDescending(d => d.DeposeeLe)
            .Take(nombre)
            .Select(d => new SujetSimule("demande", d.Id.ToString(), $"{d.Type} du {d.DeposeeLe:dd/MM/yyyy}", d.DefinitionName, d.DefinitionVersion, d.Status))];
    }
}
