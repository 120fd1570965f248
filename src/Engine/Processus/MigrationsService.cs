using Rafael.Engine.Acteurs;
using Rafael.Engine.Common;
using Rafael.Engine.Persistence;
using Rafael.Workflows.Versions;

namespace Rafael.Engine.Processus;

/// <summary>
/// Moves running aggregates to a newer published version of their definition (publishing never does it by itself):
/// a dry run lists what would move and why some cannot; the real run moves those that can, journaled, in one
/// transaction.
/// </summary>
public sealed class MigrationsService(RafaelDbContext db, IEnumerable<ISujetsProcessus> sujets, MigrationPlanner planificateur, IDefinitionSource definitions)
{
    /// <summary>Plans, and unless <paramref name="simulation"/>, applies the move to <paramref name="version"/>.</summary>
    /// <param name="acteur">The caller (administrator).</param>
    /// <param name="definition">The definition.</param>
    /// <param name="version">The target version, published.</param>
    /// <param name="simulation">Dry run.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The lines.</returns>
    public async Task<MigrationVersion> MigrerAsync(Acteur acteur, string definition, int version, bool simulation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        acteur.ExigerAdministrateur();
        _ = await definitions.GetAsync(definition, version, cancellationToken)
            ?? throw new IntrouvableException($"La version {version} de « {definition} » n'est pas publiée.");
        var source = sujets.SingleOrDefault(s => s.Definition == definition)
            ?? throw new IntrouvableException($"Aucune entité ne suit la définition « {definition} ».");
        var liste = await source.AvantVersionAsync(db, version, cancellationToken);
        var plan = await planificateur.PlanAsync(definition, version, liste.Select(l => l.Sujet), cancellationToken);
        var ids = liste.ToDictionary(l => (object)l.Sujet, l => l.Id, ReferenceEqualityComparer.Instance);
        var lignes = plan.Items.Select(i => new LigneMigration(ids[i.Subject], i.FromVersion, i.Status, i.CanMove, i.Reason)).ToList();
        if (!simulation)
        {
            await planificateur.ApplyAsync(plan, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new MigrationVersion(definition, version, simulation, lignes);
    }
}
