namespace Rafael.Rules.Tests;

public sealed class ConvocationRuleSetTests
{
    [Theory]
    [InlineData("PRF", "", "")]
    [InlineData("PRF", "candidature.nombreConvocations=1; candidature.resultatDerniereConvocation=AbsenceJustifiee", "")]
    [InlineData("PRF", "candidature.nombreConvocations=2; candidature.resultatDerniereConvocation=AbsenceJustifiee", "")]
    [InlineData("PRF", "candidature.nombreConvocations=3; candidature.resultatDerniereConvocation=AbsenceJustifiee", "AVIS-01")]
    [InlineData("PRF", "candidature.nombreConvocations=1; candidature.resultatDerniereConvocation=Presence", "AVIS-01")]
    [InlineData("PRF", "candidature.nombreConvocations=1; candidature.resultatDerniereConvocation=AbsenceNonJustifiee", "AVIS-01")]
    [InlineData("PRF", "candidature.nombreConvocations=1; candidature.resultatDerniereConvocation=null", "AVIS-01")]
    [InlineData("PRF", "candidature.nombreConvocations=2; candidature.resultatDerniereConvocation=AbsenceJustifiee; parametres.maxConvocations=2", "AVIS-01")]
    [InlineData("POEC", "candidature.nombreConvocations=2; candidature.resultatDerniereConvocation=AbsenceJustifiee", "")]
    [InlineData("HSP", "", "AVIS-01")]
    public async Task Decides_by_table(string dispositif, string changes, string expected)
    {
        var inputs = new RuleInputs
        {
            ["session"] = new Dictionary<string, object?> { ["dispositif"] = dispositif },
            ["candidature"] = new Dictionary<string, object?> { ["nombreConvocations"] = 0, ["resultatDerniereConvocation"] = null },
            ["parametres"] = await Scenario.ParametresOf(dispositif),
        };

        Assert.Equal(expected, await Scenario.FailingRuleIdsAsync("candidature.convocation", inputs, changes));
    }
}
