using Rafael.Rules;

namespace Rafael.Workflows.Runtime;

/// <summary>The answer to a command: either a transition with its effects, or the refusals that say why not.</summary>
public sealed record WorkflowOutcome
{
    private WorkflowOutcome(WorkflowTransition? transition, IReadOnlyList<WorkflowEffect> effects, IReadOnlyList<RuleFailure> refusals)
    {
        Transition = transition;
        Effects = effects;
        Refusals = refusals;
    }

    /// <summary>The transition; null when refused.</summary>
    public WorkflowTransition? Transition { get; }

    /// <summary>The effects to apply, in order: exit effects, the transition's, then entry effects.</summary>
    public IReadOnlyList<WorkflowEffect> Effects { get; }

    /// <summary>Why it was refused (rule ID and French message); empty when allowed.</summary>
    public IReadOnlyList<RuleFailure> Refusals { get; }

    /// <summary>True when the transition was taken (or, for a check, would be).</summary>
    public bool IsAllowed => Refusals.Count == 0;

    internal static WorkflowOutcome Allowed(WorkflowTransition transition, IReadOnlyList<WorkflowEffect> effects) =>
        new(transition, effects, []);

    internal static WorkflowOutcome Refused(IReadOnlyList<RuleFailure> refusals) => new(null, [], refusals);

    internal static WorkflowOutcome Refused(string ruleId, string message) => new(null, [], [new RuleFailure(ruleId, message)]);
}
