using System.Collections.Concurrent;
using Rafael.Rules;

namespace Rafael.Workflows.Tests.Support;

/// <summary>Allows every rule set except those told to fail; records what it was asked.</summary>
internal sealed class FakeRuleEvaluator : IRuleEvaluator
{
    private readonly ConcurrentDictionary<string, RuleFailure> _failing = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string RuleSet, RuleInputs Inputs)> Calls { get; } = new();

    public FakeRuleEvaluator Fail(string ruleSet, string ruleId, string message)
    {
        _failing[ruleSet] = new RuleFailure(ruleId, message);
        return this;
    }

    public ValueTask<RuleVerdict> EvaluateAsync(string ruleSet, RuleInputs inputs, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue((ruleSet, inputs));
        return ValueTask.FromResult(_failing.TryGetValue(ruleSet, out var failure) ? new RuleVerdict([failure]) : RuleVerdict.Allowed);
    }
}
