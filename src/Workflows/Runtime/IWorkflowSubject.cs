namespace Rafael.Workflows.Runtime;

/// <summary>
/// An entity whose lifecycle a process definition drives: it exposes its status and the definition version it is
/// pinned to. Implement <see cref="Apply"/> explicitly: only the runtime and the migration planner can build a
/// <see cref="WorkflowState"/>, so domain code can never set a status directly.
/// </summary>
public interface IWorkflowSubject
{
    /// <summary>The name of the definition driving the entity, for example <c>candidature</c>.</summary>
    string DefinitionName { get; }

    /// <summary>The definition version the entity started on (or was migrated to).</summary>
    int DefinitionVersion { get; }

    /// <summary>The current state's identifier.</summary>
    string Status { get; }

    /// <summary>Stores a new state and pinned version; called by the workflow layer only.</summary>
    /// <param name="state">The state to store.</param>
    void Apply(WorkflowState state);
}
