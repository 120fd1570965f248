namespace Rafael.Rules.Tests;

public sealed class AvisHspRuleSetTests
{
    private const string NonConforme = "avis.conformiteAdministrative=false; avis.dateEntreePrevue=null; avis.dateSortiePrevue=null; avis.heuresHebdomadaires=null";

    [Theory]
    [InlineData("", "")]
    [InlineData("avis.dateEntreePrevue=null", "AVIS-06")]
    [InlineData("avis.dateEntreePrevue=2024-10-01", "AVIS-06")]
    [InlineData("avis.dateEntreePrevue=2024-09-30", "")]
    [InlineData("avis.heuresHebdomadaires=null", "AVIS-06")]
    [InlineData("avis.heuresHebdomadaires=40", "")]
    [InlineData("avis.heuresHebdomadaires=41", "AVIS-06")]
    [InlineData(NonConforme + "; avis.motif=NonConformiteAdministrative; avis.raison=Pièce d'identité manquante", "")]
    [InlineData(NonConforme + "; avis.motif=PersonneInjoignable; avis.raison=Trois appels sans réponse", "")]
    [InlineData(NonConforme + "; avis.motif=CandidatIndisponible; avis.raison=Indisponible", "AVIS-06")]
    [InlineData(NonConforme + "; avis.motif=PersonneInjoignable", "AVIS-06")]
    [InlineData(NonConforme, "AVIS-06,AVIS-06")]
    [InlineData(NonConforme + "; avis.motif=PersonneInjoignable; avis.raison=x*500", "")]
    [InlineData(NonConforme + "; avis.motif=PersonneInjoignable; avis.raison=x*501", "AVIS-03")]
    [InlineData("avis.commentaire=x*251", "AVIS-03")]
    public async Task Decides_by_table(string changes, string expected)
    {
        var inputs = new RuleInputs
        {
            ["avis"] = new Dictionary<string, object?>
            {
                ["conformiteAdministrative"] = true,
                ["dateEntreePrevue"] = new DateOnly(2024, 9, 2),
                ["dateSortiePrevue"] = new DateOnly(2024, 9, 30),
                ["heuresHebdomadaires"] = 35m,
                ["motif"] = null,
                ["raison"] = null,
                ["commentaire"] = null,
            },
            ["parametres"] = await Scenario.ParametresOf("HSP"),
        };

        Assert.Equal(expected, await Scenario.FailingRuleIdsAsync("candidature.avis-hsp", inputs, changes));
    }
}
