namespace Rafael.Engine.Processus;

/// <summary>What moving to a version does, aggregate by aggregate.</summary>
/// <param name="Definition">The definition.</param>
/// <param name="Version">The target version.</param>
/// <param name="Simulation">True for a dry run: nothing was changed.</param>
/// <param name="Lignes">One line per aggregate.</param>
public sealed record MigrationVersion(string Definition, int Version, bool Simulation, IReadOnlyList<LigneMigration> Lignes)
{
    /// <summary>How many move (or would move).</summary>
    public int Deplaces => Lignes.Count(l => l.Deplace);
}
