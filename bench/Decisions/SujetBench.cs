using Rafael.Workflows.Runtime;

namespace Rafael.Bench.Decisions;

/// <summary>A candidature without a database: just what the runtime needs.</summary>
internal sealed class SujetBench : IWorkflowSubject
{
    public string DefinitionName => "candidature";

    public int DefinitionVersion { get; private set; } = 1;

    public string Status { get; private set; } = "brouillon-prescripteur";

    public void Reinitialiser() => Status = "brouillon-prescripteur";

    void IWorkflowSubject.Apply(WorkflowState state)
    {
        Status = state.Status;
        DefinitionVersion = state.DefinitionVersion;
    }
}
