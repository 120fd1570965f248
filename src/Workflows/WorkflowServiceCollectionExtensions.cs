using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rafael.Workflows.Diagrams;
using Rafael.Workflows.Runtime;
using Rafael.Workflows.Versions;

namespace Rafael.Workflows;

/// <summary>Registers the workflow layer.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Registers the runtime, the compiled-definition cache, the migration planner, the validator and the diagram
    /// exporter. The definitions come from the embedded files unless an <see cref="IDefinitionSource"/> is already
    /// registered; the host must register an <see cref="Rafael.Rules.IRuleEvaluator"/> (the Rules project does).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddRafaelWorkflows(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDefinitionSource, EmbeddedDefinitionSource>();
        services.TryAddSingleton<CompiledDefinitionCache>();
        services.TryAddSingleton<IProcessRuntime, ProcessRuntime>();
        services.TryAddSingleton<MigrationPlanner>();
        services.TryAddSingleton<DefinitionValidator>();
        services.TryAddSingleton<DiagramExporter>();
        return services;
    }
}
