using System.Collections.Concurrent;

namespace Rafael.Rules;

/// <summary>
/// Evaluates rule sets with Microsoft RulesEngine. Asks the source which version is published at each decision,
/// and compiles each (name, version) once: publishing a new version applies to the next decision, no restart.
/// </summary>
public sealed class RuleSetEvaluator : IRuleEvaluator
{
    private readonly IRuleSetSource source;
    private readonly bool throughRulesEngine;
    private readonly ConcurrentDictionary<(string Name, int Version), Lazy<Task<CompiledRuleSet>>> compiled = new();

    /// <summary>Creates an evaluator over the given source of published rule sets.</summary>
    /// <param name="source">Where published versions come from.</param>
    public RuleSetEvaluator(IRuleSetSource source)
        : this(source, throughRulesEngine: false)
    {
    }

    /// <summary>An evaluator that runs every rule through RulesEngine's own execution: the reference of the tests.</summary>
    internal RuleSetEvaluator(IRuleSetSource source, bool throughRulesEngine)
    {
        ArgumentNullException.ThrowIfNull(source);
        this.source = source;
        this.throughRulesEngine = throughRulesEngine;
    }

    /// <inheritdoc />
    /// <exception cref="RuleSetException">The rule set is unknown, unpublished or its published content is invalid.</exception>
    /// <exception cref="ArgumentException">An input the rule set declares is missing or of the wrong type.</exception>
    public async ValueTask<RuleVerdict> EvaluateAsync(string ruleSet, RuleInputs inputs, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleSet);
        ArgumentNullException.ThrowIfNull(inputs);
        var version = await source.GetPublishedVersionAsync(ruleSet, cancellationToken)
            ?? throw new RuleSetException($"Le jeu de règles « {ruleSet} » n'existe pas ou n'a aucune version publiée.");
        var compiledRuleSet = await GetCompiledAsync(ruleSet.ToLowerInvariant(), version);
        return await (throughRulesEngine
            ? compiledRuleSet.EvaluateWithRulesEngineAsync(inputs, cancellationToken)
            : compiledRuleSet.EvaluateAsync(inputs, cancellationToken));
    }

    private ValueTask<CompiledRuleSet> GetCompiledAsync(string name, int version)
    {
        // The usual case, without the closure and the await of a first compilation.
        return compiled.TryGetValue((name, version), out var entry) && entry.IsValueCreated && entry.Value.IsCompletedSuccessfully
            ? ValueTask.FromResult(entry.Value.Result)
            : CompileOnceAsync(name, version);
    }

    private async ValueTask<CompiledRuleSet> CompileOnceAsync(string name, int version)
    {
        var key = (name, version);
        var entry = compiled.GetOrAdd(key, k => new Lazy<Task<CompiledRuleSet>>(() => CompileAsync(k.Name, k.Version)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failed compilation is not cached: once the source is fixed, the next decision tries again.
            compiled.TryRemove(new KeyValuePair<(string, int), Lazy<Task<CompiledRuleSet>>>(key, entry));
            throw;
        }
    }

    private async Task<CompiledRuleSet> CompileAsync(string name, int version)
    {
        // Not the caller's token: the compilation is shared by every concurrent decision.
        var json = await source.GetContentAsync(name, version, CancellationToken.None)
            ?? throw new RuleSetException($"La version {version} du jeu de règles « {name} » est introuvable.");
        var compilation = RuleSetCompiler.Compile(json);
        if (compilation.RuleSet is null)
        {
            var details = string.Join(" ; ", compilation.Validation.Errors.Select(e => e.Message));
            throw new RuleSetException($"La version {version} du jeu de règles « {name} » est invalide : {details}")
            {
                Errors = compilation.Validation.Errors,
            };
        }

        if (!string.Equals(compilation.RuleSet.Name, name, StringComparison.OrdinalIgnoreCase))
        {
            throw new RuleSetException($"La version {version} publiée sous le nom « {name} » contient le jeu de règles « {compilation.RuleSet.Name} ».");
        }

        ForgetOlderVersions(name, version);
        return compilation.RuleSet;
    }

    private void ForgetOlderVersions(string name, int version)
    {
        foreach (var key in compiled.Keys)
        {
            if (key.Name == name && key.Version < version)
            {
                compiled.TryRemove(key, out _);
            }
        }
    }
}
