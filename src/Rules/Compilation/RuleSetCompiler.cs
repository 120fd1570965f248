using System.Text.Json;
using System.Text.RegularExpressions;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace Rafael.Rules;

/// <summary>
/// Checks a rule set (schema, then every variable, expression and message against the declared inputs) and builds
/// the RulesEngine workflow. Done once per published version: evaluation never parses nor compiles.
/// </summary>
internal static partial class RuleSetCompiler
{
    /// <summary>The settings shared by checking and running, so that what validates is what runs.</summary>
    public static ReSettings Settings() => new()
    {
        CustomTypes = [typeof(Texte)],
        EnableFormattedErrorMessage = false,
        IsExpressionCaseSensitive = false,
    };

    public static RuleSetCompilation Compile(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return Invalid([new RuleSetError(null, null, $"JSON invalide : {e.Message}")]);
        }

        using (document)
        {
            var schemaErrors = RuleSetSchema.Validate(json).Select(e => SchemaError(e.Path, e.Message, document.RootElement)).ToList();
            return schemaErrors.Count > 0 ? Invalid(schemaErrors) : Compile(RuleSetReader.Read(document.RootElement));
        }
    }

    public static RuleSetCompilation Compile(RuleSetDefinition definition)
    {
        var errors = new List<RuleSetError>();
        foreach (var input in definition.Inputs.Where(i => i.Type is { Nullable: true }))
        {
            errors.Add(new RuleSetError(null, null, $"L'entrée « {input.Name} » est une valeur simple : elle ne peut pas être facultative (?)."));
        }

        foreach (var input in definition.Inputs.Where(i => Settings().CustomTypes.Any(t => string.Equals(t.Name, i.Name, StringComparison.OrdinalIgnoreCase))))
        {
            // Expressions ignore case: an input "texte" would hide the helper Texte.
            errors.Add(new RuleSetError(null, null, $"L'entrée « {input.Name} » porte le nom d'un outil des expressions ; choisissez un autre nom."));
        }

        var binders = definition.Inputs.Select(i => new InputBinder(definition.Name, i)).ToArray();
        var parser = new RuleExpressionParser(Settings());
        var scope = binders.Select(b => b.Declaration).ToList();
        var globals = CompileVariables(definition.Variables, scope, parser, null, errors);

        var rules = new List<CompiledRule>();
        foreach (var duplicate in definition.Rules.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(new RuleSetError(duplicate.First().Id, duplicate.Key, $"Le nom de règle « {duplicate.Key} » est utilisé plusieurs fois."));
        }

        for (var index = 0; index < definition.Rules.Count; index++)
        {
            var rule = definition.Rules[index];
            var ruleScope = new List<RuleParameter>(scope);
            var locals = CompileVariables(rule.Variables, ruleScope, parser, rule, errors);
            var condition = CompileCondition(rule, ruleScope, parser, errors);
            var message = CompileMessage(rule, ruleScope, parser, errors);
            if (condition is not null)
            {
                rules.Add(new CompiledRule(index, rule.Id, rule.Name, rule.Enabled, locals, condition, message));
            }
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        try
        {
            var engine = new RulesEngine.RulesEngine([ToWorkflow(definition)], Settings());
            return new RuleSetCompilation(new CompiledRuleSet(definition.Name, binders, globals, rules, engine), new RuleSetValidation([]));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Invalid([new RuleSetError(null, null, $"RulesEngine refuse le jeu de règles : {e.Message}")]);
        }
    }

    private static Workflow ToWorkflow(RuleSetDefinition definition) => new()
    {
        WorkflowName = definition.Name,
        GlobalParams = [.. definition.Variables.Select(ToScopedParam)],
        Rules = [.. definition.Rules.Select(r => new Rule
        {
            RuleName = r.Name,
            Expression = r.Expression,
            ErrorMessage = r.Message,
            Enabled = r.Enabled,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            LocalParams = [.. r.Variables.Select(ToScopedParam)],
            Properties = new Dictionary<string, object> { ["id"] = r.Id },
        })],
    };

    private static ScopedParam ToScopedParam(RuleVariableDefinition variable) =>
        new() { Name = variable.Name, Expression = variable.Expression };

    private static List<CompiledValue> CompileVariables(
        IReadOnlyList<RuleVariableDefinition> variables,
        List<RuleParameter> scope,
        RuleExpressionParser parser,
        RuleDefinition? rule,
        List<RuleSetError> errors)
    {
        var compiled = new List<CompiledValue>();
        foreach (var variable in variables)
        {
            var what = $"{Where(rule)}la variable « {variable.Name} »";
            if (scope.Any(p => string.Equals(p.Name, variable.Name, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(Error(rule, $"{what} porte le nom d'une entrée ou d'une autre variable."));
                continue;
            }

            if (TryCompile(variable.Expression, scope, parser, null, out var type, out var compute, out var problem))
            {
                compiled.Add(new CompiledValue(variable.Name, compute));
                scope.Add(RuleParameter.Create(variable.Name, type!));
            }
            else
            {
                errors.Add(Error(rule, $"{what} ne compile pas : {problem}"));
            }
        }

        return compiled;
    }

    /// <summary>
    /// The rule's condition over the inputs, the global variables then its own, in that order: the layout the
    /// evaluator fills. Parsed as RulesEngine parses it (expected type bool, same settings), so both decide alike.
    /// </summary>
    private static Func<object[], bool>? CompileCondition(RuleDefinition rule, List<RuleParameter> scope, RuleExpressionParser parser, List<RuleSetError> errors)
    {
        if (!TryCompile(rule.Expression, scope, parser, typeof(bool), out _, out _, out var problem))
        {
            errors.Add(Error(rule, $"{Where(rule)}l'expression ne compile pas : {problem}"));
            return null;
        }

        try
        {
            return parser.Compile<bool>(rule.Expression, [.. scope]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add(Error(rule, $"{Where(rule)}l'expression ne compile pas : {e.Message}"));
            return null;
        }
    }

    private static List<CompiledValue> CompileMessage(RuleDefinition rule, List<RuleParameter> scope, RuleExpressionParser parser, List<RuleSetError> errors)
    {
        MessageTemplate template;
        try
        {
            template = MessageTemplate.Parse(rule.Message);
        }
        catch (FormatException e)
        {
            errors.Add(Error(rule, $"{Where(rule)}le message est mal formé : {e.Message}"));
            return [];
        }

        var segments = new List<CompiledValue>();
        foreach (var segment in template.Segments)
        {
            if (!segment.IsExpression)
            {
                segments.Add(new CompiledValue(segment.Text, null));
            }
            else if (TryCompile(segment.Text, scope, parser, null, out _, out var compute, out var problem))
            {
                segments.Add(new CompiledValue(segment.Text, compute));
            }
            else
            {
                errors.Add(Error(rule, $"{Where(rule)}la valeur « {{{segment.Text}}} » du message ne compile pas : {problem}"));
            }
        }

        return segments;
    }

    private static bool TryCompile(
        string expression,
        List<RuleParameter> scope,
        RuleExpressionParser parser,
        Type? expected,
        out Type? type,
        out Func<object?[], object?>? compute,
        out string? problem)
    {
        type = null;
        compute = null;
        if (Clock().IsMatch(expression))
        {
            problem = "l'heure du serveur est interdite ; utilisez l'entrée « maintenant ».";
            return false;
        }

        try
        {
            var parameters = scope.ToArray();
            type = parser.Parse(expression, [.. parameters.Select(p => p.ParameterExpression)], expected).Type;
            var compiled = parser.Compile<object>(expression, parameters);
            compute = arguments => compiled(arguments!);
            problem = null;
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = e.Message;
            return false;
        }
    }

    private static string Where(RuleDefinition? rule) => rule is null ? string.Empty : $"Règle {rule.Id} ({rule.Name}) : ";

    private static RuleSetError Error(RuleDefinition? rule, string message) => new(rule?.Id, rule?.Name, message);

    private static RuleSetError SchemaError(string path, string message, JsonElement root)
    {
        if (RuleSetSchema.RuleIndex(path) is { } index
            && root.TryGetProperty("rules", out var rules)
            && rules.ValueKind == JsonValueKind.Array
            && index < rules.GetArrayLength())
        {
            var rule = rules[index];
            var id = rule.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            var name = rule.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            return new RuleSetError(id, name, $"Règle {id} ({name}) : {message}");
        }

        return new RuleSetError(null, null, message);
    }

    private static RuleSetCompilation Invalid(List<RuleSetError> errors) => new(null, new RuleSetValidation(errors));

    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(Now|UtcNow|Today)\b")]
    private static partial Regex Clock();
}
