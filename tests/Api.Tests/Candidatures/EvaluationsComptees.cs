using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rafael.Api.Tests.Support;
using Rafael.Rules;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>The host's rule evaluator, counting its evaluations by rule set: how many times a command evaluated a rule.</summary>
public sealed class EvaluationsComptees(IRuleEvaluator evaluateur) : IRuleEvaluator
{
    private readonly ConcurrentDictionary<string, int> nombres = new(StringComparer.Ordinal);

    /// <summary>How many times the rule set was evaluated since the host started.</summary>
    public int De(string regleSet) => nombres.GetValueOrDefault(regleSet);

    public ValueTask<RuleVerdict> EvaluateAsync(string ruleSet, RuleInputs inputs, CancellationToken cancellationToken = default)
    {
        nombres.AddOrUpdate(ruleSet, 1, (_, n) => n + 1);
        return evaluateur.EvaluateAsync(ruleSet, inputs, cancellationToken);
    }

    /// <summary>Wraps the evaluator the Api registered.</summary>
    public static void Installer(IServiceCollection services)
    {
        services.RemoveAll<IRuleEvaluator>();
        services.AddSingleton(sp => new EvaluationsComptees(new RuleSetEvaluator(sp.GetRequiredService<IRuleSetSource>())));
        services.AddSingleton<IRuleEvaluator>(sp => sp.GetRequiredService<EvaluationsComptees>());
    }
}

/// <summary>The Api on SQLite, counting rule evaluations.</summary>
public sealed class EvaluationsSqliteHost : SqliteApiHost
{
    protected override void ConfigurerServices(IServiceCollection services) => EvaluationsComptees.Installer(services);
}

/// <summary>The Api on PostgreSQL, counting rule evaluations.</summary>
public sealed class EvaluationsPostgresHost : PostgresApiHost
{
    protected override void ConfigurerServices(IServiceCollection services) => EvaluationsComptees.Installer(services);
}

/// <summary>Starts the PostgreSQL host only when a server is configured (see <see cref="PostgresHostFixture{THost}"/>).</summary>
public sealed class EvaluationsPostgresFixture : PostgresHostFixture<EvaluationsPostgresHost>;
