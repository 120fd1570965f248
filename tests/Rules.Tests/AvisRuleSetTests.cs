namespace Rafael.Rules.Tests;

public sealed class AvisRuleSetTests
{
    private const string Refus = "avis.recrutementAccepte=false; avis.dateEntreePrevue=null; avis.dateSortiePrevue=null; avis.heuresHebdomadaires=null";

    [Theory]
    [InlineData("", "")]
    [InlineData("candidature.resultatDerniereConvocation=AbsenceJustifiee", "AVIS-02")]
    [InlineData("candidature.resultatDerniereConvocation=null", "AVIS-02")]
    [InlineData("avis.dateEntreePrevue=null", "AVIS-02")]
    [InlineData("avis.dateSortiePrevue=null", "AVIS-02")]
    [InlineData("avis.dateEntreePrevue=2024-09-30", "")]
    [InlineData("avis.dateEntreePrevue=2024-10-01", "AVIS-02")]
    [InlineData("avis.heuresHebdomadaires=null", "AVIS-02")]
    [InlineData("avis.heuresHebdomadaires=1", "")]
    [InlineData("avis.heuresHebdomadaires=0.5", "AVIS-02")]
    [InlineData("avis.heuresHebdomadaires=40", "")]
    [InlineData("avis.heuresHebdomadaires=40.5", "AVIS-02")]
    [InlineData("avis.heuresHebdomadaires=41", "AVIS-02")]
    [InlineData("avis.heuresHebdomadaires=41; parametres.heuresHebdomadairesMax=45", "")]
    [InlineData(Refus + "; avis.motif=CandidatIndisponible", "")]
    [InlineData(Refus + "; avis.motif=SessionComplete", "")]
    [InlineData(Refus, "AVIS-02")]
    [InlineData(Refus + "; avis.motif=Injoignable", "AVIS-02")]
    [InlineData(Refus + "; avis.motif=Autres", "AVIS-02")]
    [InlineData(Refus + "; avis.motif=Autres; avis.raison=   ", "AVIS-02")]
    [InlineData(Refus + "; avis.motif=Autres; avis.raison=Projet abandonné", "")]
    [InlineData("avis.commentaire=x*250", "")]
    [InlineData("avis.commentaire=x*251", "AVIS-03")]
    [InlineData(Refus + "; avis.motif=Autres; avis.raison=x*500", "")]
    [InlineData(Refus + "; avis.motif=Autres; avis.raison=x*501", "AVIS-03")]
    [InlineData("avis.commentaire=x*251; avis.raison=x*501; avis.heuresHebdomadaires=null", "AVIS-02,AVIS-03,AVIS-03")]
    public async Task Decides_by_table(string changes, string expected)
    {
        var inputs = new RuleInputs
        {
            ["candidature"] = new Dictionary<string, object?> { ["resultatDerniereConvocation"] = "Presence" },
            ["avis"] = new Dictionary<string, object?>
            {
                ["recrutementAccepte"] = true,
                ["dateEntreePrevue"] = new DateOnly(2024, 9, 2),
                ["dateSortiePrevue"] = new DateOnly(2024, 9, 30),
                ["heuresHebdomadaires"] = 35m,
                ["motif"] = null,
                ["raison"] = null,
                ["commentaire"] = null,
            },
            ["parametres"] = await Scenario.ParametresOf("PRF"),
        };

        Assert.Equal(expected, await Scenario.FailingRuleIdsAsync("candidature.avis", inputs, changes));
    }

    [Fact]
    public async Task Writes_numbers_the_French_way()
    {
        var inputs = new RuleInputs
        {
            ["candidature"] = new { ResultatDerniereConvocation = "Presence" },
            ["avis"] = new
            {
                RecrutementAccepte = true,
                DateEntreePrevue = new DateOnly(2024, 10, 1),
                DateSortiePrevue = new DateOnly(2024, 9, 30),
                HeuresHebdomadaires = 40.5m,
                Motif = (string?)null,
                Raison = (string?)null,
                Commentaire = (string?)null,
            },
            ["parametres"] = EmbeddedParametresSource.Defaults,
        };

        var verdict = await Scenario.Evaluator.EvaluateAsync("candidature.avis", inputs, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                "La date d'entrée prévue (01/10/2024) est postérieure à la date de sortie prévue (30/09/2024) (AVIS-02).",
                "L'intensité hebdomadaire (40,5 h) doit être comprise entre 1 et 40 heures (AVIS-02).",
            ],
            verdict.Failures.Select(f => f.Message));
    }
}
