using Rafael.Workflows.Definitions;

namespace Rafael.Workflows.Runtime;

/// <summary>
/// Runs process definitions on entities. It changes only the entity's status (through <see cref="IWorkflowSubject.Apply"/>)
/// and persists nothing: the caller applies the returned effects and commits state, journal, outbox and deadlines
/// in one transaction.
/// </summary>
public interface IProcessRuntime
{
    /// <summary>Pins a new entity to the published version of a definition and puts it in the initial state.</summary>
    /// <param name="subject">The new entity.</param>
    /// <param name="definitionName">The definition to run, for example <c>candidature</c>.</param>
    /// <param name="context">The dates and parameters the initial state's deadlines need (roles are not checked: creating is the caller's decision).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The pinned version, the initial state and its entry effects.</returns>
    ValueTask<WorkflowStart> StartAsync(IWorkflowSubject subject, string definitionName, WorkflowContext context, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fires a trigger: checks the state, the caller's roles and the arguments, evaluates the guard rule sets, then
    /// moves the entity and returns the transition and its effects; or returns the refusals and changes nothing.
    /// </summary>
    /// <param name="subject">The entity.</param>
    /// <param name="trigger">The trigger's identifier.</param>
    /// <param name="arguments">The trigger's arguments, by parameter name.</param>
    /// <param name="context">Who acts, guard inputs, dates and parameters.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The outcome.</returns>
    ValueTask<WorkflowOutcome> FireAsync(IWorkflowSubject subject, string trigger, IReadOnlyDictionary<string, object?> arguments, WorkflowContext context, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same as <see cref="FireAsync"/> without changing the entity: a dry run (the first step of a double validation).
    /// The conditions of <c>emit</c> effects are not evaluated: the outcome lists every message the transition may emit.
    /// </summary>
    /// <param name="subject">The entity.</param>
    /// <param name="trigger">The trigger's identifier.</param>
    /// <param name="arguments">The trigger's arguments, by parameter name.</param>
    /// <param name="context">Who acts, guard inputs, dates and parameters.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>What firing would do, or why it would be refused.</returns>
    ValueTask<WorkflowOutcome> CheckAsync(IWorkflowSubject subject, string trigger, IReadOnlyDictionary<string, object?> arguments, WorkflowContext context, CancellationToken cancellationToken = default);

    /// <summary>
    /// True when every transition this trigger could fire now, for a caller with these roles and these arguments, is
    /// guarded by the rule set: firing evaluates it on the context's inputs, so a caller that needs the rule set's
    /// verdict does not evaluate it again. False when one of them is not (an analyst removed or renamed the guard):
    /// the caller evaluates it itself. Guards are not evaluated here; with no such transition, firing is refused anyway.
    /// </summary>
    /// <param name="subject">The entity, on its pinned version and in its current state.</param>
    /// <param name="trigger">The trigger about to be fired.</param>
    /// <param name="arguments">Its arguments (they choose among alternatives).</param>
    /// <param name="roles">The caller's roles.</param>
    /// <param name="ruleSet">The rule set's name, compared exactly.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>Whether firing evaluates the rule set.</returns>
    ValueTask<bool> IsGuardedByAsync(IWorkflowSubject subject, string trigger, IReadOnlyDictionary<string, object?> arguments, IReadOnlyCollection<string> roles, string ruleSet, CancellationToken cancellationToken = default);

    /// <summary>The triggers a caller with these roles may fire now, in definition order (guards are not evaluated): the UI's buttons.</summary>
    /// <param name="subject">The entity.</param>
    /// <param name="roles">The caller's roles.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The triggers, with their labels and parameters.</returns>
    ValueTask<IReadOnlyList<TriggerDefinition>> PermittedTriggersAsync(IWorkflowSubject subject, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);

    /// <summary>True when a caller with these roles may fire the trigger now (guards are not evaluated).</summary>
    /// <param name="subject">The entity.</param>
    /// <param name="trigger">The trigger's identifier.</param>
    /// <param name="roles">The caller's roles.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>Whether the trigger is permitted.</returns>
    ValueTask<bool> CanFireAsync(IWorkflowSubject subject, string trigger, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);
}
