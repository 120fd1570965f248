using System.Text;
using RulesEngine.Models;

namespace Rafael.Rules;

/// <summary>
/// One version of a rule set, compiled: binds the inputs, runs the rules, explains the failures. The rules run as the
/// delegates RulesEngine's parser compiled from the analysts' expressions, without RulesEngine's per-call result
/// trees; when a rule cannot be evaluated, RulesEngine itself decides, so an evaluation error refuses with its message.
/// </summary>
internal sealed class CompiledRuleSet
{
    private readonly string name;
    private readonly InputBinder[] binders;
    private readonly IReadOnlyList<CompiledValue> globals;
    private readonly CompiledRule[] rules;
    private readonly Dictionary<string, CompiledRule> rulesByName;
    private readonly RulesEngine.RulesEngine engine;
    private readonly int width;

    public CompiledRuleSet(
        string name,
        InputBinder[] binders,
        IReadOnlyList<CompiledValue> globals,
        IReadOnlyList<CompiledRule> rules,
        RulesEngine.RulesEngine engine)
    {
        this.name = name;
        this.binders = binders;
        this.globals = globals;
        this.rules = [.. rules.OrderBy(r => r.Index)];
        rulesByName = rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        this.engine = engine;
        width = binders.Length + globals.Count + rules.Select(r => r.Variables.Count).DefaultIfEmpty(0).Max();
    }

    public string Name => name;

    public ValueTask<RuleVerdict> EvaluateAsync(RuleInputs inputs, CancellationToken cancellationToken)
    {
        var values = Bind(inputs);

        // As RulesEngine does: a cancelled decision throws once its inputs are bound.
        cancellationToken.ThrowIfCancellationRequested();
        var failed = TryRun(values);
        return failed is null
            ? RunWithRulesEngineAsync(values, cancellationToken)
            : ValueTask.FromResult(Verdict(failed, values, null));
    }

    /// <summary>The same decision through RulesEngine's own execution: the reference the direct path is tested against.</summary>
    public ValueTask<RuleVerdict> EvaluateWithRulesEngineAsync(RuleInputs inputs, CancellationToken cancellationToken) =>
        RunWithRulesEngineAsync(Bind(inputs), cancellationToken);

    private object?[] Bind(RuleInputs inputs)
    {
        var values = new object?[binders.Length];
        for (var i = 0; i < binders.Length; i++)
        {
            values[i] = binders[i].Bind(inputs);
        }

        return values;
    }

    /// <summary>The failed rules in order, or null when a variable or a condition threw: RulesEngine must then explain.</summary>
    private List<CompiledRule>? TryRun(object?[] values)
    {
        var arguments = new object[width];
        values.CopyTo(arguments, 0);
        var locals = values.Length + globals.Count;
        List<CompiledRule>? failed = null;
        try
        {
            for (var i = 0; i < globals.Count; i++)
            {
                arguments[values.Length + i] = globals[i].Evaluate(arguments)!;
            }

            foreach (var rule in rules)
            {
                if (!rule.Enabled)
                {
                    continue;
                }

                for (var i = 0; i < rule.Variables.Count; i++)
                {
                    arguments[locals + i] = rule.Variables[i].Evaluate(arguments)!;
                }

                if (!rule.Condition(arguments))
                {
                    (failed ??= []).Add(rule);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }

        return failed ?? [];
    }

    private async ValueTask<RuleVerdict> RunWithRulesEngineAsync(object?[] values, CancellationToken cancellationToken)
    {
        var parameters = new RuleParameter[binders.Length];
        for (var i = 0; i < binders.Length; i++)
        {
            parameters[i] = new RuleParameter(binders[i].Name, values[i]);
        }

        var results = await engine.ExecuteAllRulesAsync(name, parameters, cancellationToken);
        var failed = results
            .Where(r => !r.IsSuccess)
            .Select(r => (Rule: rulesByName[r.Rule.RuleName], Result: r))
            .OrderBy(f => f.Rule.Index)
            .ToList();
        return Verdict([.. failed.Select(f => f.Rule)], values, failed.ToDictionary(f => f.Rule, f => f.Result.ExceptionMessage));
    }

    private RuleVerdict Verdict(List<CompiledRule> failed, object?[] values, Dictionary<CompiledRule, string>? exceptionMessages)
    {
        if (failed.Count == 0)
        {
            return RuleVerdict.Allowed;
        }

        var withGlobals = Extend(values, globals);
        return new RuleVerdict([.. failed.Select(rule => new RuleFailure(rule.Id, Explain(rule, exceptionMessages?.GetValueOrDefault(rule), withGlobals)))]);
    }

    private static string Explain(CompiledRule rule, string? exceptionMessage, object?[] withGlobals)
    {
        if (!string.IsNullOrEmpty(exceptionMessage))
        {
            // Fail closed: a rule that cannot be evaluated refuses, and says so.
            return $"La règle {rule.Id} ({rule.Name}) n'a pas pu être évaluée : {exceptionMessage}";
        }

        try
        {
            var arguments = Extend(withGlobals, rule.Variables);
            var message = new StringBuilder();
            foreach (var segment in rule.Message)
            {
                message.Append(ValueFormatter.Format(segment.Evaluate(arguments)));
            }

            return message.ToString();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"La règle {rule.Id} ({rule.Name}) refuse ; son message n'a pas pu être rédigé : {e.Message}";
        }
    }

    private static object?[] Extend(object?[] arguments, IReadOnlyList<CompiledValue> variables)
    {
        if (variables.Count == 0)
        {
            return arguments;
        }

        var extended = new object?[arguments.Length + variables.Count];
        arguments.CopyTo(extended, 0);
        for (var i = 0; i < variables.Count; i++)
        {
            try
            {
                extended[arguments.Length + i] = variables[i].Evaluate(extended);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The rule already failed; a variable that cannot be computed only leaves a blank in its message.
                extended[arguments.Length + i] = null;
            }
        }

        return extended;
    }
}
