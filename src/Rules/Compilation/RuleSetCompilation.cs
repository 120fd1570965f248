namespace Rafael.Rules;

/// <summary>The result of compiling a rule set's JSON: the compiled set when valid, the errors otherwise.</summary>
internal sealed record RuleSetCompilation(CompiledRuleSet? RuleSet, RuleSetValidation Validation);
