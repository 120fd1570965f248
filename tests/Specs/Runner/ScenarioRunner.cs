using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Rafael.Specs.Runner;

/// <summary>Runs one scenario case against a catalog of step bindings.</summary>
public sealed class ScenarioRunner(StepCatalog catalog)
{
    public async Task<ScenarioResult> RunAsync(ScenarioSpec scenario, FeatureScope feature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(feature);
        var clock = Stopwatch.StartNew();
        if (scenario.LoadError is not null)
        {
            return new ScenarioResult(scenario, ScenarioStatus.Failed, [], scenario.LoadError, clock.Elapsed);
        }

        if (scenario.Steps.Count == 0)
        {
            // A scenario without steps checks nothing: it must not count as passed.
            var empty = $"Le scénario « {scenario.Name} » ({scenario.FeaturePath}, ligne {scenario.Line}) n'a aucune étape : il ne vérifie rien.";
            return new ScenarioResult(scenario, ScenarioStatus.Undefined, [], empty, clock.Elapsed);
        }

        // Every step is bound before any runs: an undefined step is reported with all the others at once.
        var bound = scenario.Steps.Select(step => (Step: step, Matches: catalog.Match(step))).ToList();
        if (bound.Any(b => b.Matches.Count != 1))
        {
            return Unbound(scenario, bound, clock.Elapsed);
        }

        var results = new List<StepResult>();
        string? message = null;
        Exception? error = null;
        var services = new ScenarioServices(new ScenarioContext(scenario, cancellationToken), feature);
        try
        {
            foreach (var (step, matches) in bound)
            {
                if (error is not null)
                {
                    results.Add(new StepResult(step, StepStatus.Skipped));
                    continue;
                }

                try
                {
                    await InvokeAsync(services, step, matches[0].Binding, matches[0].Arguments);
                    results.Add(new StepResult(step, StepStatus.Passed));
                }
#pragma warning disable CA1031 // Whatever a step throws is the scenario's failure, reported, not a crash of the runner.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    error = e;
                    message = $"Échec de l'étape « {step} » ({Where(scenario, step)}) :{Environment.NewLine}{e.GetType().Name} : {e.Message}";
                    results.Add(new StepResult(step, StepStatus.Failed, e.Message));
                }
            }
        }
        finally
        {
            try
            {
                await services.DisposeAsync();
            }
#pragma warning disable CA1031 // A failed clean-up fails the scenario instead of hiding the step's own error.
            catch (Exception e)
#pragma warning restore CA1031
            {
                error ??= e;
                message = (message is null ? string.Empty : message + Environment.NewLine) + e.Message;
            }
        }

        var status = error is null ? ScenarioStatus.Passed : ScenarioStatus.Failed;
        return new ScenarioResult(scenario, status, results, message, clock.Elapsed, error);
    }

    private static ScenarioResult Unbound(
        ScenarioSpec scenario, List<(StepSpec Step, IReadOnlyList<(StepBinding Binding, IReadOnlyList<string?> Arguments)> Matches)> bound, TimeSpan elapsed)
    {
        var results = new List<StepResult>();
        var messages = new List<string>();
        foreach (var (step, matches) in bound)
        {
            switch (matches.Count)
            {
                case 0:
                    var undefined = $"Étape non définie « {step} » ({Where(scenario, step)}). Liaison suggérée :" +
                        Environment.NewLine + Environment.NewLine + SnippetGenerator.Suggest(step);
                    messages.Add(undefined);
                    results.Add(new StepResult(step, StepStatus.Undefined, undefined));
                    break;
                case > 1:
                    var ambiguous = $"Étape ambiguë « {step} » ({Where(scenario, step)}), plusieurs liaisons conviennent :" +
                        Environment.NewLine + string.Join(Environment.NewLine, matches.Select(m => "  - " + m.Binding));
                    messages.Add(ambiguous);
                    results.Add(new StepResult(step, StepStatus.Ambiguous, ambiguous));
                    break;
                default:
                    results.Add(new StepResult(step, StepStatus.Skipped));
                    break;
            }
        }

        var status = results.Any(r => r.Status == StepStatus.Undefined) ? ScenarioStatus.Undefined : ScenarioStatus.Ambiguous;
        return new ScenarioResult(scenario, status, results, string.Join(Environment.NewLine + Environment.NewLine, messages), elapsed);
    }

    private static string Where(ScenarioSpec scenario, StepSpec step) => $"{scenario.FeaturePath}, ligne {step.Line}";

    private static async Task InvokeAsync(ScenarioServices services, StepSpec step, StepBinding binding, IReadOnlyList<string?> captured)
    {
        var parameters = binding.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < captured.Count; i++)
        {
            arguments[i] = StepArgumentConverter.Convert(captured[i], parameters[i].ParameterType);
        }

        if (binding.ExtraParameter is { } extra)
        {
            arguments[^1] = extra.ParameterType == typeof(Table)
                ? step.Table ?? throw new InvalidOperationException($"{binding} attend un tableau, l'étape n'en a pas.")
                : step.DocString ?? throw new InvalidOperationException($"{binding} attend une doc string (\"\"\"), l'étape n'en a pas.");
        }
        else if (step.Table is not null || step.DocString is not null)
        {
            // A table the step method never reads would be a silent lie in the documentation.
            throw new InvalidOperationException($"L'étape a un tableau ou une doc string, mais {binding} n'a pas de paramètre pour les recevoir.");
        }

        var target = binding.Method.IsStatic ? null : await services.GetAsync(binding.Method.DeclaringType!);
        object? returned;
        try
        {
            returned = binding.Method.Invoke(target, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }

        switch (returned)
        {
            case Task task:
                await task;
                break;
            case ValueTask valueTask:
                await valueTask;
                break;
        }
    }
}
