namespace Rafael.Rules.Tests;

public sealed class SessionSuppressionRuleSetTests
{
    [Theory]
    [InlineData("maintenant=2024-02-01", "")]
    [InlineData("maintenant=2024-01-31", "CAT-10")]
    [InlineData("maintenant=2024-01-02", "CAT-10")]
    [InlineData("maintenant=2023-12-15", "CAT-10")]
    [InlineData("maintenant=2024-01-02; suppression.motif=Session ouverte par erreur", "")]
    [InlineData("maintenant=2024-01-02; suppression.motif=  ", "CAT-10")]
    [InlineData("maintenant=2024-01-12; parametres.joursSuppressionLibreApresFin=10", "")]
    [InlineData("maintenant=2024-01-11; parametres.joursSuppressionLibreApresFin=10", "CAT-10")]
    public async Task Decides_by_table(string changes, string expected)
    {
        var inputs = new RuleInputs
        {
            ["maintenant"] = new DateOnly(2024, 3, 1),
            ["session"] = new Dictionary<string, object?> { ["dateFin"] = new DateOnly(2024, 1, 1) },
            ["suppression"] = new Dictionary<string, object?> { ["motif"] = null },
            ["parametres"] = await Scenario.ParametresOf("PRF"),
        };

        Assert.Equal(expected, await Scenario.FailingRuleIdsAsync("session.suppression", inputs, changes));
    }
}
