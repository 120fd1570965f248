using Xunit.Sdk;
using Xunit.v3;

namespace Rafael.Specs.Documentation;

/// <summary>Runs scenarios in file order, feature after feature, as a reader would.</summary>
public sealed class FeatureOrder : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        [.. testCases
            .OrderBy(c => c is XunitTestCase { TestMethodArguments: [string path, _] } ? path : c.TestCaseDisplayName, StringComparer.Ordinal)
            .ThenBy(c => c is XunitTestCase { TestMethodArguments: [_, int line] } ? line : 0)];
}
