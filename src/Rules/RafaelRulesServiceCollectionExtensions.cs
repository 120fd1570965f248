using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Rafael.Rules;

/// <summary>Registers the rules engine in a service collection.</summary>
public static class RafaelRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IRuleEvaluator"/>, <see cref="RuleSetValidator"/> and <see cref="IParametresProvider"/>,
    /// with the shipped rule sets and parameters as sources. Sources registered before this call (the Engine's,
    /// over the database) are kept.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddRafaelRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IRuleSetSource, EmbeddedRuleSetSource>();
        services.TryAddSingleton<IParametresSource, EmbeddedParametresSource>();
        services.TryAddSingleton<IParametresProvider, ParametresProvider>();
        services.TryAddSingleton<RuleSetValidator>();
        services.TryAddSingleton<IRuleEvaluator, RuleSetEvaluator>();
        return services;
    }
}
