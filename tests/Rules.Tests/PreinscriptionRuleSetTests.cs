namespace Rafael.Rules.Tests;

public sealed class PreinscriptionRuleSetTests
{
    private const string RuleSet = "candidature.preinscription";

    [Theory]
    [InlineData("PRF", "", "")]
    [InlineData("PRF", "session.annulee=true", "CAND-04")]
    [InlineData("PRF", "session.ouverteAuxCandidatures=false", "CAND-04")]
    [InlineData("PRF", "maintenant=2024-05-31", "")]
    [InlineData("PRF", "maintenant=2024-06-01", "CAND-04")]
    [InlineData("PRF", "session.annulee=true; session.ouverteAuxCandidatures=false; maintenant=2024-06-01", "CAND-04,CAND-04,CAND-04")]
    [InlineData("PRF", "structure.mesuresHabilitees=PRF-QUALIF", "HAB-03")]
    [InlineData("PRF", "structure.mesuresHabilitees=", "HAB-03")]
    [InlineData("PRF", "utilisateur.niveauPrescripteur=null", "HAB-03")]
    [InlineData("PRF", "utilisateur.niveauPrescripteur=1", "")]
    [InlineData("PRF", "utilisateur.niveauPrescripteur=3", "")]
    [InlineData("PRF", "utilisateur.niveauPrescripteur=4", "HAB-03")]
    [InlineData("PRF", "candidat.candidaturesEnCours=2", "")]
    [InlineData("PRF", "candidat.candidaturesEnCours=3", "CAND-02")]
    [InlineData("PRF", "candidat.candidaturesEnCoursHsp=1", "")]
    [InlineData("HSP", "candidat.candidaturesEnCoursHsp=0", "")]
    [InlineData("HSP", "candidat.candidaturesEnCoursHsp=1", "CAND-02")]
    [InlineData("HSP", "candidat.candidaturesEnCours=3; candidat.candidaturesEnCoursHsp=1", "CAND-02,CAND-02")]
    [InlineData("PRF", "session.candidaturesEnCours=19", "")]
    [InlineData("PRF", "session.candidaturesEnCours=20", "CAND-03")]
    [InlineData("PRF", "session.coefficient=2; session.candidaturesEnCours=39", "")]
    [InlineData("PRF", "session.coefficient=2; session.candidaturesEnCours=40", "CAND-03")]
    [InlineData("PRF", "session.coefficient=1.5; session.effectifVise=7; session.candidaturesEnCours=9", "")]
    [InlineData("PRF", "session.coefficient=1.5; session.effectifVise=7; session.candidaturesEnCours=10", "CAND-03")]
    [InlineData("POEC", "session.coefficient=2; session.capaciteAccueil=12; session.candidaturesEnCours=23", "")]
    [InlineData("POEC", "session.coefficient=2; session.capaciteAccueil=12; session.candidaturesEnCours=24", "CAND-03")]
    [InlineData("POEC", "session.coefficient=2; session.capaciteAccueil=12; session.effectifVise=50; session.candidaturesEnCours=24", "CAND-03")]
    [InlineData("HSP", "session.coefficient=1; session.candidaturesEnCours=20", "CAND-03")]
    public async Task Decides_by_table(string dispositif, string changes, string expected)
    {
        Assert.Equal(expected, await Scenario.FailingRuleIdsAsync(RuleSet, await Baseline(dispositif), changes));
    }

    [Fact]
    public async Task Says_why_in_French_with_the_values()
    {
        var inputs = await Baseline("PRF");
        Scenario.Apply(inputs, "session.candidaturesEnCours=20; maintenant=2024-06-01");

        var verdict = await Scenario.Evaluator.EvaluateAsync(RuleSet, inputs, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                new RuleFailure("CAND-04", "La date limite d'inscription du 31/05/2024 est dépassée (CAND-04)."),
                new RuleFailure("CAND-03", "La session est complète : 20 candidatures en cours pour un quota de 20 (CAND-03)."),
            ],
            verdict.Failures);
    }

    internal static async Task<RuleInputs> Baseline(string dispositif) => new()
    {
        ["maintenant"] = new DateOnly(2024, 5, 2),
        ["session"] = new Dictionary<string, object?>
        {
            ["dispositif"] = dispositif,
            ["mesure"] = dispositif + "-MESURE",
            ["annulee"] = false,
            ["ouverteAuxCandidatures"] = true,
            ["dateLimiteInscription"] = new DateOnly(2024, 5, 31),
            ["effectifVise"] = 20,
            ["capaciteAccueil"] = 20,
            ["coefficient"] = 1m,
            ["candidaturesEnCours"] = 0,
        },
        ["candidat"] = new Dictionary<string, object?> { ["candidaturesEnCours"] = 0, ["candidaturesEnCoursHsp"] = 0 },
        ["structure"] = new Dictionary<string, object?> { ["mesuresHabilitees"] = new[] { "AUTRE", dispositif + "-MESURE" } },
        ["utilisateur"] = new Dictionary<string, object?> { ["niveauPrescripteur"] = 2 },
        ["parametres"] = await Scenario.ParametresOf(dispositif),
    };
}
