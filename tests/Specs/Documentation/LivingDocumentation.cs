using Rafael.Specs.Report;
using Rafael.Specs.Runner;
using Xunit;

[assembly: AssemblyFixture(typeof(Rafael.Specs.Documentation.LivingDocumentation))]

namespace Rafael.Specs.Documentation;

/// <summary>
/// The run of Features/**/*.feature: one step catalog (the classes of <see cref="StepsNamespace"/>), one
/// <see cref="FeatureScope"/> per feature file (so one Api and one database per feature), and the report,
/// written once every scenario has run.
/// </summary>
public sealed class LivingDocumentation : IAsyncDisposable
{
    /// <summary>Step classes live here; the runner's own test steps live elsewhere and stay out.</summary>
    public const string StepsNamespace = "Rafael.Specs.Steps";

    private readonly FeatureCatalog features;
    private readonly ScenarioRunner runner;
    private readonly Lock gate = new();
    private readonly Dictionary<string, FeatureScope> scopes = [];
    private readonly Dictionary<string, int> remaining;
    private readonly List<ScenarioResult> results = [];

    public LivingDocumentation()
    {
        features = LoadFeatures();
        runner = new ScenarioRunner(StepCatalog.FromNamespace(typeof(LivingDocumentation).Assembly, StepsNamespace));
        remaining = features.Features.ToDictionary(f => f.Path, f => f.Scenarios.Count, StringComparer.Ordinal);
    }

    public static string FeaturesFolder => Path.Combine(AppContext.BaseDirectory, "Features");

    public static FeatureCatalog LoadFeatures() => FeatureCatalog.Load(FeaturesFolder);

    public async Task<ScenarioResult> RunAsync(string featurePath, int line, CancellationToken cancellationToken)
    {
        var scenario = features.Find(featurePath, line);
        FeatureScope scope;
        lock (gate)
        {
            if (!scopes.TryGetValue(featurePath, out scope!))
            {
                scope = new FeatureScope();
                scopes[featurePath] = scope;
            }
        }

        var result = await runner.RunAsync(scenario, scope, cancellationToken);
        bool last;
        lock (gate)
        {
            last = --remaining[featurePath] == 0;
            if (last)
            {
                scopes.Remove(featurePath);
            }
        }

        if (last)
        {
            // The feature's last scenario stops its Api, so that a long run holds one host at a time.
            result = await StopAsync(scope, result);
        }

        lock (gate)
        {
            results.Add(result);
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        // Scopes left open: a filtered run did not reach the feature's last scenario.
        foreach (var scope in scopes.Values)
        {
            await scope.DisposeAsync();
        }

        if (results.Count == 0)
        {
            return;
        }

        var domain = DomainRules.Locate(AppContext.BaseDirectory);
        var rules = domain is null ? null : DomainRules.Parse(await File.ReadAllTextAsync(domain));
        var report = new RunReport(DateTimeOffset.Now, features.Features, results, rules, domain);
        var folder = ReportWriter.DefaultFolder(AppContext.BaseDirectory);
        await ReportWriter.WriteAsync(folder, report);
        // dotnet test shows a passing run's output only with the process's own console: see docs/specs.md.
        Console.WriteLine($"Documentation vivante : {Path.Combine(folder, "index.html")}");
    }

    private static async Task<ScenarioResult> StopAsync(FeatureScope scope, ScenarioResult result)
    {
        try
        {
            await scope.DisposeAsync();
            return result;
        }
#pragma warning disable CA1031 // A host that does not stop cleanly must show in the run, on the scenario that stopped it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return result with
            {
                Status = ScenarioStatus.Failed,
                Message = (result.Message is null ? string.Empty : result.Message + Environment.NewLine) + "Arrêt de la fonctionnalité en échec : " + e.Message,
                Error = result.Error ?? e,
            };
        }
    }
}
