namespace Rafael.Rules.Tests;

public sealed class FinancementRegionRuleSetTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("session.dispositif=HSP", "")]
    [InlineData("session.typeFinanceur=FranceTravail; session.dispositif=POEC", "AVIS-09")]
    [InlineData("session.typeFinanceur=Opco", "AVIS-09")]
    [InlineData("session.typeFinanceur=EtatEmploi", "AVIS-09")]
    [InlineData("session.typeFinanceur=Autre", "AVIS-09")]
    [InlineData("session.typeFinanceur=region", "AVIS-09")]
    public async Task Decides_by_table(string changes, string expected)
    {
        var inputs = new RuleInputs
        {
            ["session"] = new Dictionary<string, object?> { ["dispositif"] = "PRF", ["typeFinanceur"] = "Region" },
        };

        Assert.Equal(expected, await Scenario.FailingRuleIdsAsync("candidature.financement-region", inputs, changes));
    }
}
