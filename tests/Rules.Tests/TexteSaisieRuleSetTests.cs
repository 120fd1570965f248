namespace Rafael.Rules.Tests;

public sealed class TexteSaisieRuleSetTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("champ.valeur=null", "")]
    [InlineData("champ.valeur=Développeur web et web mobile", "")]
    [InlineData("champ.valeur=DÉVELOPPEUR WEB ET WEB MOBILE", "CAT-06")]
    [InlineData("champ.valeur=BTS MCO", "CAT-06")]
    [InlineData("champ.valeur=BTS Management commercial opérationnel", "")]
    [InlineData("champ.valeur=A", "")]
    [InlineData("champ.valeur=2024 - 35 H", "")]
    [InlineData("champ.valeur=- Module 1 • Module 2", "")]
    [InlineData("champ.valeur=Programme <b>complet</b>", "CAT-06")]
    [InlineData("champ.valeur=Programme &nbsp;complet", "CAT-06")]
    [InlineData("champ.valeur=Âge < 26 ans et > 16 ans", "")]
    [InlineData("champ.valeur=x*250", "")]
    [InlineData("champ.valeur=x*251", "CAT-06")]
    [InlineData("champ.valeur=X*251", "CAT-06,CAT-06")]
    [InlineData("champ.valeur=x*100; champ.longueurMax=99", "CAT-06")]
    public async Task Decides_by_table(string changes, string expected)
    {
        var inputs = new RuleInputs
        {
            ["champ"] = new Dictionary<string, object?> { ["libelle"] = "Intitulé", ["valeur"] = "Titre professionnel", ["longueurMax"] = 250 },
        };

        Assert.Equal(expected, await Scenario.FailingRuleIdsAsync("texte.saisie", inputs, changes));
    }

    [Fact]
    public async Task Names_the_field_and_its_limit()
    {
        var inputs = new RuleInputs
        {
            ["champ"] = new Dictionary<string, object?> { ["libelle"] = "Objectif", ["valeur"] = new string('x', 301), ["longueurMax"] = 300 },
        };

        var verdict = await Scenario.Evaluator.EvaluateAsync("texte.saisie", inputs, TestContext.Current.CancellationToken);

        Assert.Equal("Le champ « Objectif » compte 301 caractères pour 300 au plus (CAT-06).", Assert.Single(verdict.Failures).Message);
    }
}
