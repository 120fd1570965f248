namespace Rafael.Rules.Tests;

public sealed class PublicationRuleSetTests
{
    [Theory]
    [InlineData("action.nombreSessions=0", "CAT-01")]
    [InlineData("action.nombreSessions=1", "")]
    [InlineData("action.nombreSessions=12", "")]
    public async Task Decides_by_table(string changes, string expected)
    {
        var inputs = new RuleInputs { ["action"] = new Dictionary<string, object?> { ["nombreSessions"] = 1 } };

        Assert.Equal(expected, await Scenario.FailingRuleIdsAsync("action.publication", inputs, changes));
    }
}
