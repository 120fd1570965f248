using Microsoft.Extensions.Time.Testing;
using Rafael.Workflows.Runtime;
using Rafael.Workflows.Versions;

namespace Rafael.Workflows.Tests.Support;

/// <summary>A runtime over a definition source, with a fake clock and a fake rule evaluator.</summary>
internal sealed class Harness
{
    public static readonly DateTimeOffset Today = new(2022, 4, 9, 8, 0, 0, TimeSpan.FromHours(2));
    public static readonly DateTimeOffset SessionEnd = new(2022, 6, 30, 0, 0, 0, TimeSpan.FromHours(2));
    public static readonly DateTimeOffset RegistrationLimit = new(2022, 5, 15, 0, 0, 0, TimeSpan.FromHours(2));

    public Harness(IDefinitionSource? source = null)
    {
        Source = source ?? new EmbeddedDefinitionSource();
        Cache = new CompiledDefinitionCache(Source);
        Runtime = new ProcessRuntime(Cache, Source, Rules, Time);
    }

    public FakeTimeProvider Time { get; } = new(Today);

    public FakeRuleEvaluator Rules { get; } = new();

    public IDefinitionSource Source { get; }

    public CompiledDefinitionCache Cache { get; }

    public ProcessRuntime Runtime { get; }

    public static WorkflowContext As(params string[] roles) => new()
    {
        Roles = roles,
        Dates = new Dictionary<string, DateTimeOffset>
        {
            ["session.dateFin"] = SessionEnd,
            ["session.dateLimiteInscription"] = RegistrationLimit,
        },
        Parameters = new Dictionary<string, decimal> { ["joursAvisNonTransmisApresFin"] = 21, ["joursRelanceApresFin"] = 14 },
    };

    public static IReadOnlyDictionary<string, object?> Args(params (string Name, object? Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => a.Value);
}
