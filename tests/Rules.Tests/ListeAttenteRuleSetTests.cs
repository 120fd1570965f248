namespace Rafael.Rules.Tests;

public sealed class ListeAttenteRuleSetTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("maintenant=2022-07-01", "")]
    [InlineData("maintenant=2022-07-02", "AVIS-05")]
    [InlineData("candidature.etat=NonRetenue", "AVIS-05")]
    [InlineData("candidature.etat=EnAttente", "AVIS-05")]
    [InlineData("candidature.etat=Retenue; maintenant=2022-08-01", "AVIS-05,AVIS-05")]
    public async Task Decides_by_table(string changes, string expected)
    {
        var inputs = new RuleInputs
        {
            ["maintenant"] = new DateOnly(2022, 6, 15),
            ["candidature"] = new Dictionary<string, object?> { ["etat"] = "RefusSessionComplete" },
            ["session"] = new Dictionary<string, object?> { ["dateLimiteEntreeTardive"] = new DateOnly(2022, 7, 1) },
        };

        Assert.Equal(expected, await Scenario.FailingRuleIdsAsync("candidature.liste-attente", inputs, changes));
    }
}
