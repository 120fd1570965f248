namespace Rafael.Rules;

/// <summary>A named intermediate value (a RulesEngine scoped parameter) usable by later expressions and messages.</summary>
internal sealed record RuleVariableDefinition(string Name, string Expression);
