using Rafael.Workflows.Runtime;

namespace Rafael.Engine.Simulation;

/// <summary>A frozen copy of an entity's place in its process: the simulation never moves the real entity.</summary>
/// <param name="Type">The entity's kind (for example <c>demande</c>).</param>
/// <param name="Id">Its identifier.</param>
/// <param name="Libelle">What the analyst recognises it by.</param>
/// <param name="DefinitionName">Its definition.</param>
/// <param name="DefinitionVersion">The version it runs on (replaced by the compared versions).</param>
/// <param name="Status">Its current state.</param>
public sealed record SujetSimule(string Type, string Id, string Libelle, string DefinitionName, int DefinitionVersion, string Status) : IWorkflowSubject
{
    /// <summary>Does nothing: a simulation only checks.</summary>
    /// <param name="state">Ignored.</param>
    public void Apply(WorkflowState state)
    {
    }

    /// <summary>The same entity as if it ran on another version.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The copy.</returns>
    public SujetSimule Sur(int version) => this with { DefinitionVersion = version };
}
