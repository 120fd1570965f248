using Rafael.Workflows.Runtime;

namespace Rafael.Workflows.Tests.Support;

/// <summary>An entity as the Engine would write one: the status can only change through the workflow layer.</summary>
internal sealed class TestSubject : IWorkflowSubject
{
    public TestSubject()
    {
    }

    /// <summary>Builds a subject already in a state, as if loaded from the database.</summary>
    public TestSubject(string definitionName, int version, string status)
    {
        DefinitionName = definitionName;
        DefinitionVersion = version;
        Status = status;
    }

    public string DefinitionName { get; private set; } = string.Empty;

    public int DefinitionVersion { get; private set; }

    public string Status { get; private set; } = string.Empty;

    void IWorkflowSubject.Apply(WorkflowState state)
    {
        DefinitionName = state.DefinitionName;
        DefinitionVersion = state.DefinitionVersion;
        Status = state.Status;
    }
}
