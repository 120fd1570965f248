using Rafael.Workflows.Definitions;

namespace Rafael.Workflows.Versions;

/// <summary>
/// A numbered version of a definition. Once published it never changes; a newer published version only affects
/// entities that start after it (running ones stay on theirs unless migrated).
/// </summary>
/// <param name="Definition">The definition, whose <see cref="ProcessDefinition.Version"/> is the number.</param>
/// <param name="IsPublished">True for the version new entities start on.</param>
/// <param name="PublishedAt">When it was published; null for the versions shipped with the product.</param>
public sealed record DefinitionVersion(ProcessDefinition Definition, bool IsPublished, DateTimeOffset? PublishedAt)
{
    /// <summary>The definition's name.</summary>
    public string Name => Definition.Name;

    /// <summary>The version number.</summary>
    public int Number => Definition.Version;
}
