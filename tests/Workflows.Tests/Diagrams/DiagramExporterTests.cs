using Microsoft.Extensions.DependencyInjection;
using Rafael.Rules;
using Rafael.Workflows.Diagrams;
using Rafael.Workflows.Runtime;
using Rafael.Workflows.Tests.Support;
using Rafael.Workflows.Versions;
using Xunit;

namespace Rafael.Workflows.Tests.Diagrams;

public sealed class DiagramExporterTests
{
    public static TheoryData<string> Names() => new(EmbeddedDefinitionSource.ReadShippedTexts().Keys.Select(f => f[..^".json".Length]));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Mermaid_and_DOT_show_every_state_and_trigger_with_its_French_label(string name)
    {
        var definition = (await new EmbeddedDefinitionSource().GetPublishedAsync(name, TestContext.Current.CancellationToken))!.Definition;

        var mermaid = DiagramExporter.ToMermaid(definition);
        var dot = DiagramExporter.ToDot(definition);

        Assert.StartsWith("stateDiagram-v2", mermaid.TrimStart(), StringComparison.Ordinal);
        Assert.StartsWith("digraph", dot.TrimStart(), StringComparison.Ordinal);
        Assert.All(definition.States, s => Assert.Contains($" : {s.Label}\n", mermaid, StringComparison.Ordinal));
        Assert.All(definition.Triggers, t => Assert.Contains(t.Label, mermaid, StringComparison.Ordinal));
        var arrows = mermaid.Split('\n').Where(l => l.Contains("-->", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(arrows);
        Assert.All(arrows, l => Assert.Matches(@"^\s*(\[\*\]|[A-Za-z0-9]+) --> [A-Za-z0-9]+( : .*)?$", l));
        Assert.All(definition.States, s => Assert.Contains(s.Label, dot, StringComparison.Ordinal));
        Assert.All(definition.Triggers, t => Assert.Contains(t.Label, dot, StringComparison.Ordinal));
        Assert.Equal(definition.States.Count, mermaid.Split('\n').Count(l => l.Contains(" : ", StringComparison.Ordinal) && !l.Contains("-->", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_export_writes_both_files_of_every_published_definition()
    {
        var directory = Path.Combine(Path.GetTempPath(), "rafael-diagrams-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = await new DiagramExporter(new EmbeddedDefinitionSource()).ExportPublishedAsync(directory, TestContext.Current.CancellationToken);

            Assert.Equal(12, written.Count);
            Assert.Contains("Refus : session complète", await File.ReadAllTextAsync(Path.Combine(directory, "candidature.dot"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task AddRafaelWorkflows_gives_a_runtime_on_the_shipped_definitions()
    {
        var services = new ServiceCollection().AddSingleton<IRuleEvaluator, FakeRuleEvaluator>().AddRafaelWorkflows();
        await using var provider = services.BuildServiceProvider();
        var runtime = provider.GetRequiredService<IProcessRuntime>();
        var request = new TestSubject();

        var start = await runtime.StartAsync(request, "demande-compte", Harness.As(), TestContext.Current.CancellationToken);

        Assert.Equal("en-attente", start.Status);
        Assert.NotNull(provider.GetRequiredService<MigrationPlanner>());
        Assert.NotNull(provider.GetRequiredService<DiagramExporter>());
    }
}
