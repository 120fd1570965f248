using System.Text;
using RulesEngine.Models;

namespace Rafael.Rules;

/// <summary>One version of a rule set, compiled: binds the inputs, runs RulesEngine, explains the failures.</summary>
internal sealed class CompiledRuleSet
{
    private readonly string name;
    private readonly InputBinder[] binders;
    private readonly IReadOnlyList<CompiledValue> globals;
    private readonly Dictionary<string, CompiledRule> rules;
    private readonly RulesEngine.RulesEngine engine;

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
        this.rules = rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        this.engine = engine;
    }

    public string Name => name;

    public async ValueTask<RuleVerdict> EvaluateAsync(RuleInputs inputs, CancellationToken cancellationToken)
    {
        var values = new object?[binders.Length];
        var parameters = new RuleParameter[binders.Length];
        for (var i = 0; i < binders.Length; i++)
        {
            values[i] = binders[i].Bind(inputs);
            parameters[i] = new RuleParameter(binders[i].Name, values[i]);
        }

        var results = await engine.ExecuteAllRulesAsync(name, parameters, cancellationToken);
        var failed = results
            .Where(r => !r.IsSuccess)
            .Select(r => (Rule: rules[r.Rule.RuleName], Result: r))
            .OrderBy(f => f.Rule.Index)
            .ToList();
        if (failed.Count == 0)
        {
            return RuleVerdict.Allowed;
        }

        var withGlobals = Extend(values, globals);
        return new RuleVerdict([.. failed.Select(f => new RuleFailure(f.Rule.Id, Explain(f.Rule, f.Result, withGlobals)))]);
    }

    private static string Explain(CompiledRule rule, RuleResultTree result, object?[] withGlobals)
    {
        if (!string.IsNullOrEmpty(result.ExceptionMessage))
        {
            // Fail closed: a rule that cannot be evaluated refuses, and says so.
            return $"La règle {rule.Id} ({rule.Name}) n'a pas pu être évaluée : {result.ExceptionMessage}";
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
