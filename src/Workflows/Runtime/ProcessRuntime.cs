using Rafael.Rules;
using Rafael.Workflows.Definitions;
using Rafael.Workflows.Versions;

namespace Rafael.Workflows.Runtime;

/// <summary>Runs definitions with Stateless; see <see cref="IProcessRuntime"/>.</summary>
/// <param name="cache">The compiled definitions.</param>
/// <param name="source">Where published versions are found, for new entities.</param>
/// <param name="rules">Evaluates the guard rule sets.</param>
/// <param name="time">The clock of transitions and deadlines.</param>
public sealed class ProcessRuntime(CompiledDefinitionCache cache, IDefinitionSource source, IRuleEvaluator rules, TimeProvider time) : IProcessRuntime
{
    /// <summary>The input under which guards receive the trigger's arguments, unless the caller supplied one.</summary>
    public const string ArgumentsInput = "arguments";

    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <inheritdoc />
    public async ValueTask<WorkflowStart> StartAsync(IWorkflowSubject subject, string definitionName, WorkflowContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(context);
        var published = await source.GetPublishedAsync(definitionName, cancellationToken)
            ?? throw new InvalidOperationException($"La définition « {definitionName} » n'a pas de version publiée.");
        var compiled = await cache.GetAsync(definitionName, published.Number, cancellationToken);
        var initial = compiled.Definition.InitialState;
        var effects = await ResolveAsync(compiled, compiled.OutermostFirst(initial).SelectMany(s => s.Entry), NoArguments, context, dryRun: false, cancellationToken);
        subject.Apply(new WorkflowState(definitionName, published.Number, initial));
        return new WorkflowStart(definitionName, published.Number, initial, effects);
    }

    /// <inheritdoc />
    public ValueTask<WorkflowOutcome> FireAsync(IWorkflowSubject subject, string trigger, IReadOnlyDictionary<string, object?> arguments, WorkflowContext context, CancellationToken cancellationToken = default) =>
        RunAsync(subject, trigger, arguments, context, dryRun: false, cancellationToken);

    /// <inheritdoc />
    public ValueTask<WorkflowOutcome> CheckAsync(IWorkflowSubject subject, string trigger, IReadOnlyDictionary<string, object?> arguments, WorkflowContext context, CancellationToken cancellationToken = default) =>
        RunAsync(subject, trigger, arguments, context, dryRun: true, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<TriggerDefinition>> PermittedTriggersAsync(IWorkflowSubject subject, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var compiled = await LoadAsync(subject, cancellationToken);
        var permitted = (await MachineFactory.ForRoles(compiled, subject.Status, roles).GetPermittedTriggersAsync()).ToHashSet(StringComparer.Ordinal);
        return [.. compiled.Definition.Triggers.Where(t => permitted.Contains(t.Id))];
    }

    /// <inheritdoc />
    public async ValueTask<bool> CanFireAsync(IWorkflowSubject subject, string trigger, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default) =>
        (await PermittedTriggersAsync(subject, roles, cancellationToken)).Any(t => t.Id == trigger);

    /// <inheritdoc />
    public async ValueTask<bool> IsGuardedByAsync(
        IWorkflowSubject subject,
        string trigger,
        IReadOnlyDictionary<string, object?> arguments,
        IReadOnlyCollection<string> roles,
        string ruleSet,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleSet);
        var compiled = await LoadAsync(subject, cancellationToken);

        // The alternatives RunAsync could choose from: any of them without the guard could fire without the rule set.
        foreach (var (_, transition) in compiled.Candidates(subject.Status, trigger))
        {
            if (HasRole(transition, roles) && ArgumentChecker.Matches(transition, arguments) && !transition.Guards.Contains(ruleSet, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private async ValueTask<WorkflowOutcome> RunAsync(
        IWorkflowSubject subject,
        string trigger,
        IReadOnlyDictionary<string, object?> arguments,
        WorkflowContext context,
        bool dryRun,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var compiled = await LoadAsync(subject, cancellationToken);
        var from = subject.Status;
        var stateLabel = compiled.States[from].Label;
        if (!compiled.Triggers.TryGetValue(trigger, out var triggerDefinition))
        {
            return WorkflowOutcome.Refused(WorkflowRefusalIds.State, $"L'action « {trigger} » n'existe pas pour « {compiled.Definition.Label} ».");
        }

        var candidates = compiled.Candidates(from, trigger);
        if (candidates.Count == 0)
        {
            return WorkflowOutcome.Refused(WorkflowRefusalIds.State, $"L'action « {triggerDefinition.Label} » n'est pas possible dans l'état « {stateLabel} ».");
        }

        candidates = AllowedFor(candidates, context.Roles);
        if (candidates.Count == 0)
        {
            return WorkflowOutcome.Refused(WorkflowRefusalIds.Role, $"Votre profil ne permet pas l'action « {triggerDefinition.Label} » dans l'état « {stateLabel} ».");
        }

        var argumentFailures = ArgumentChecker.Check(triggerDefinition, arguments);
        if (argumentFailures.Count > 0)
        {
            return WorkflowOutcome.Refused(argumentFailures);
        }

        candidates = Matching(candidates, arguments);
        if (candidates.Count == 0)
        {
            return WorkflowOutcome.Refused(WorkflowRefusalIds.Parameter, $"Les valeurs données ne permettent pas l'action « {triggerDefinition.Label} » dans l'état « {stateLabel} ».");
        }

        var (chosen, failures) = await ChooseAsync(candidates, arguments, context, cancellationToken);
        if (chosen is null)
        {
            return WorkflowOutcome.Refused(failures);
        }

        return await FireAsync(compiled, subject, chosen.Value, trigger, arguments, context, dryRun, cancellationToken);
    }

    /// <summary>The candidates one of whose roles the caller has (ordinal comparison, as a set intersection would).</summary>
    private static IReadOnlyList<(int Index, TransitionDefinition Transition)> AllowedFor(
        IReadOnlyList<(int Index, TransitionDefinition Transition)> candidates,
        IReadOnlyCollection<string> roles)
    {
        // The usual case keeps the shared list: no allocation when every alternative is allowed.
        return All(candidates, c => HasRole(c.Transition, roles)) ? candidates : [.. candidates.Where(c => HasRole(c.Transition, roles))];
    }

    private static IReadOnlyList<(int Index, TransitionDefinition Transition)> Matching(
        IReadOnlyList<(int Index, TransitionDefinition Transition)> candidates,
        IReadOnlyDictionary<string, object?> arguments) =>
        All(candidates, c => ArgumentChecker.Matches(c.Transition, arguments)) ? candidates : [.. candidates.Where(c => ArgumentChecker.Matches(c.Transition, arguments))];

    private static bool All(IReadOnlyList<(int Index, TransitionDefinition Transition)> candidates, Func<(int Index, TransitionDefinition Transition), bool> keep)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!keep(candidates[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasRole(TransitionDefinition transition, IReadOnlyCollection<string> roles)
    {
        foreach (var role in roles)
        {
            for (var i = 0; i < transition.Roles.Count; i++)
            {
                if (string.Equals(transition.Roles[i], role, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first alternative whose guards all pass; otherwise the failures of the first one.</summary>
    private async ValueTask<((int Index, TransitionDefinition Transition)? Chosen, IReadOnlyList<RuleFailure> Failures)> ChooseAsync(
        IReadOnlyList<(int Index, TransitionDefinition Transition)> candidates,
        IReadOnlyDictionary<string, object?> arguments,
        WorkflowContext context,
        CancellationToken cancellationToken)
    {
        // A transition without guards needs no inputs: the usual "supprimer", "annuler"...
        if (candidates[0].Transition.Guards.Count == 0)
        {
            return (candidates[0], []);
        }

        var inputs = GuardInputs(arguments, context);
        IReadOnlyList<RuleFailure>? firstFailures = null;
        foreach (var candidate in candidates)
        {
            // Every guard is evaluated, so that a refusal lists all that is wrong at once (CIR-02).
            List<RuleFailure>? failures = null;
            foreach (var guard in candidate.Transition.Guards)
            {
                var verdict = await rules.EvaluateAsync(guard, inputs, cancellationToken);
                if (verdict.Failures.Count > 0)
                {
                    (failures ??= []).AddRange(verdict.Failures);
                }
            }

            if (failures is null)
            {
                return (candidate, []);
            }

            firstFailures ??= failures;
        }

        return (null, firstFailures!);
    }

    /// <summary>The inputs of guards and of emit conditions: the caller's, and the trigger's arguments as <c>arguments</c>.</summary>
    private static RuleInputs GuardInputs(IReadOnlyDictionary<string, object?> arguments, WorkflowContext context)
    {
        var inputs = new RuleInputs();
        inputs.EnsureCapacity(context.RuleInputs.Count + 1);
        foreach (var (name, value) in context.RuleInputs)
        {
            inputs[name] = value;
        }

        inputs.TryAdd(ArgumentsInput, arguments);
        return inputs;
    }

    private async ValueTask<WorkflowOutcome> FireAsync(
        CompiledDefinition compiled,
        IWorkflowSubject subject,
        (int Index, TransitionDefinition Transition) chosen,
        string trigger,
        IReadOnlyDictionary<string, object?> arguments,
        WorkflowContext context,
        bool dryRun,
        CancellationToken cancellationToken)
    {
        var definition = compiled.Definition;
        var from = subject.Status;

        // Stateless decided, once, what this transition does from this state; replaying it on the entity is the same
        // command without building a machine per command.
        var plan = compiled.Plan(from, chosen.Index);
        string to;
        if (dryRun)
        {
            to = plan.StateWrites.Count > 0 ? plan.StateWrites[^1] : from;
        }
        else
        {
            foreach (var state in plan.StateWrites)
            {
                subject.Apply(new WorkflowState(definition.Name, subject.DefinitionVersion, state));
            }

            to = subject.Status;
        }

        IReadOnlyList<WorkflowEffect> effects;
        try
        {
            effects = await ResolveAsync(compiled, plan.Effects, arguments, context, dryRun, cancellationToken);
        }
        catch (WorkflowDataException) when (!dryRun)
        {
            subject.Apply(new WorkflowState(definition.Name, subject.DefinitionVersion, from));
            throw;
        }

        var transition = new WorkflowTransition(definition.Name, subject.DefinitionVersion, from, to, trigger, arguments, time.GetUtcNow());
        return WorkflowOutcome.Allowed(transition, effects);
    }

    /// <summary>
    /// The effects as they apply now: due times and delays computed from the clock, and the <c>emit</c> effects whose
    /// condition fails left out (AVIS-09). A dry run does not evaluate conditions (the simulation gives no partner
    /// inputs): it lists every message the transition may emit.
    /// </summary>
    private async ValueTask<List<WorkflowEffect>> ResolveAsync(
        CompiledDefinition compiled,
        IEnumerable<EffectDefinition> effects,
        IReadOnlyDictionary<string, object?> arguments,
        WorkflowContext context,
        bool dryRun,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var resolved = effects is IReadOnlyCollection<EffectDefinition> known ? new List<WorkflowEffect>(known.Count) : [];
        RuleInputs? inputs = null;
        foreach (var effect in effects)
        {
            switch (effect.Type)
            {
                case EffectType.Notify:
                    resolved.Add(new NotifyEffect(effect.Template!, effect.Recipients));
                    break;
                case EffectType.Emit:
                    if (effect.When is null || dryRun || await PassesAsync(effect, inputs ??= GuardInputs(arguments, context), cancellationToken))
                    {
                        resolved.Add(new EmitEffect(effect.Message!, effect.Delay is null ? null : compiled.Delays[effect.Delay].AvailableAt(now)));
                    }

                    break;
                case EffectType.SetDeadline:
                    resolved.Add(new SetDeadlineEffect(effect.Deadline!, effect.Trigger!, compiled.DueTimes[effect.DueAt!].Compute(context, now)));
                    break;
                default:
                    resolved.Add(new CancelDeadlineEffect(effect.Deadline!));
                    break;
            }
        }

        return resolved;
    }

    private async ValueTask<bool> PassesAsync(EffectDefinition effect, RuleInputs inputs, CancellationToken cancellationToken)
    {
        try
        {
            return (await rules.EvaluateAsync(effect.When!, inputs, cancellationToken)).IsAllowed;
        }
        catch (ArgumentException e)
        {
            // An input the condition needs is missing: emitting or not would both be a guess.
            throw new WorkflowDataException($"La condition « {effect.When} » du message « {effect.Message} » ne peut pas être évaluée : {e.Message}");
        }
    }

    private async ValueTask<CompiledDefinition> LoadAsync(IWorkflowSubject subject, CancellationToken cancellationToken)
    {
        var compiled = await cache.GetAsync(subject.DefinitionName, subject.DefinitionVersion, cancellationToken);
        if (!compiled.States.ContainsKey(subject.Status))
        {
            throw new InvalidOperationException(
                $"L'état « {subject.Status} » n'existe pas dans « {subject.DefinitionName} » v{subject.DefinitionVersion}.");
        }

        return compiled;
    }
}
