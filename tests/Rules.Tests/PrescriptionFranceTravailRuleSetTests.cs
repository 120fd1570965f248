namespace Rafael.Rules.Tests;

public sealed class PrescriptionFranceTravailRuleSetTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("prescripteur.raisonSociale=Pôle emploi", "")]
    [InlineData("prescripteur.siren=130005495", "")]
    [InlineData("prescripteur.raisonSociale=Mission locale de Poitiers; prescripteur.siren=778901234", "AVIS-09")]
    [InlineData("prescripteur.raisonSociale=Cap emploi Gironde; prescripteur.siren=null", "AVIS-09")]
    [InlineData("prescripteur.raisonSociale=Agence France Travail; prescripteur.siren=441987650", "AVIS-09")]
    [InlineData("prescripteur.raisonSociale=France Travail; prescripteur.siren=null", "")]
    public async Task Decides_by_table(string changes, string expected)
    {
        var inputs = new RuleInputs
        {
            ["prescripteur"] = new Dictionary<string, object?> { ["raisonSociale"] = "France Travail", ["siren"] = "130005481" },
        };

        Assert.Equal(expected, await Scenario.FailingRuleIdsAsync("candidature.prescription-france-travail", inputs, changes));
    }
}
