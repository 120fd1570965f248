using Rafael.Workflows.Runtime;

namespace Rafael.Workflows.Versions;

/// <summary>
/// Moves running entities to another version of their definition, on an administrator's decision: publishing alone
/// never does. An entity can move when its current state exists in the target version.
/// </summary>
/// <param name="cache">The compiled definitions.</param>
public sealed class MigrationPlanner(CompiledDefinitionCache cache)
{
    /// <summary>Plans the move of entities to a target version, changing nothing.</summary>
    /// <param name="definitionName">The definition.</param>
    /// <param name="targetVersion">The version to move to.</param>
    /// <param name="subjects">The entities.</param>
    /// <param name="cancellationToken">Cancels the plan.</param>
    /// <returns>The plan.</returns>
    public async ValueTask<MigrationPlan> PlanAsync(string definitionName, int targetVersion, IEnumerable<IWorkflowSubject> subjects, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var target = await cache.GetAsync(definitionName, targetVersion, cancellationToken);
        var items = subjects.Select(subject => Assess(target, subject)).ToList();
        return new MigrationPlan(definitionName, targetVersion, items);
    }

    /// <summary>Applies a plan: pins every movable entity to the target version, keeping its state.</summary>
    /// <param name="plan">A plan from <see cref="PlanAsync"/>.</param>
    /// <param name="cancellationToken">Cancels before the first change.</param>
    /// <returns>The items that could not move, re-assessed: an entity that changed state since the plan is checked again.</returns>
    public async ValueTask<IReadOnlyList<MigrationItem>> ApplyAsync(MigrationPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var target = await cache.GetAsync(plan.DefinitionName, plan.TargetVersion, cancellationToken);
        var left = new List<MigrationItem>();
        foreach (var item in plan.Items)
        {
            var now = Assess(target, item.Subject);
            if (now.CanMove)
            {
                item.Subject.Apply(new WorkflowState(plan.DefinitionName, plan.TargetVersion, item.Subject.Status));
            }
            else
            {
                left.Add(now);
            }
        }

        return left;
    }

    private static MigrationItem Assess(CompiledDefinition target, IWorkflowSubject subject)
    {
        var name = target.Definition.Name;
        var version = target.Definition.Version;
        string? reason = null;
        if (subject.DefinitionName != name)
        {
            reason = $"L'entité suit la définition « {subject.DefinitionName} », pas « {name} ».";
        }
        else if (!target.States.ContainsKey(subject.Status))
        {
            reason = $"L'état « {subject.Status} » n'existe pas dans la version {version}.";
        }
        else if (target.Definition.States.Any(s => s.Parent == subject.Status))
        {
            reason = $"L'état « {subject.Status} » contient des sous-états dans la version {version} : il faut choisir l'un d'eux.";
        }

        return new MigrationItem(subject, subject.DefinitionVersion, subject.Status, reason is null, reason);
    }
}
