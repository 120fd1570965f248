using Xunit;

namespace Rafael.Specs.Documentation;

/// <summary>One xunit test per scenario and per example row of Features/**/*.feature.</summary>
[TestCaseOrderer(typeof(FeatureOrder))]
public sealed class Scenarios(LivingDocumentation documentation)
{
    /// <summary>Only the file and the line travel: xunit can serialise them, and they name the case.</summary>
    public static IEnumerable<TheoryDataRow<string, int>> Cases() =>
        LivingDocumentation.LoadFeatures().Scenarios.Select(scenario =>
        {
            var row = new TheoryDataRow<string, int>(scenario.FeaturePath, scenario.Line) { TestDisplayName = scenario.DisplayName };
            row.WithTrait("Fonctionnalité", scenario.FeatureName);
            foreach (var tag in scenario.Tags)
            {
                row.WithTrait("Tag", tag);
            }

            return row;
        });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Scenario(string feature, int line)
    {
        var result = await documentation.RunAsync(feature, line, TestContext.Current.CancellationToken);
        result.ThrowIfNotPassed();
    }
}
