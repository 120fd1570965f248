namespace Rafael.Workflows.Runtime;

/// <summary>
/// What an entity stores about its lifecycle. Its constructor is internal: holding one proves that the workflow
/// layer decided the change.
/// </summary>
public sealed class WorkflowState
{
    internal WorkflowState(string definitionName, int definitionVersion, string status)
    {
        DefinitionName = definitionName;
        DefinitionVersion = definitionVersion;
        Status = status;
    }

    /// <summary>The definition's name.</summary>
    public string DefinitionName { get; }

    /// <summary>The pinned definition version.</summary>
    public int DefinitionVersion { get; }

    /// <summary>The state's identifier.</summary>
    public string Status { get; }
}
