namespace Rafael.Workflows.Versions;

/// <summary>A dry run of a migration to a definition version: what would move and what would not.</summary>
/// <param name="DefinitionName">The definition.</param>
/// <param name="TargetVersion">The version to move to.</param>
/// <param name="Items">One item per entity, in the order given.</param>
public sealed record MigrationPlan(string DefinitionName, int TargetVersion, IReadOnlyList<MigrationItem> Items)
{
    /// <summary>How many entities can move.</summary>
    public int MovableCount => Items.Count(i => i.CanMove);
}
