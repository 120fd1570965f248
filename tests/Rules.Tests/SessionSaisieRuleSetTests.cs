namespace Rafael.Rules.Tests;

public sealed class SessionSaisieRuleSetTests
{
    [Theory]
    [InlineData("PRF", "", "")]
    [InlineData("PRF", "saisie.coefficient=1", "")]
    [InlineData("PRF", "saisie.coefficient=0.9", "CAT-13")]
    [InlineData("PRF", "saisie.coefficient=5", "")]
    [InlineData("PRF", "saisie.coefficient=6", "CAT-13")]
    [InlineData("POEC", "saisie.coefficient=1", "CAT-13")]
    [InlineData("POEC", "saisie.coefficient=2", "")]
    [InlineData("POEC", "saisie.coefficient=5", "")]
    [InlineData("POEC", "saisie.coefficient=5.5", "CAT-13")]
    [InlineData("HSP", "saisie.coefficient=1", "")]
    [InlineData("HSP", "saisie.coefficient=2", "CAT-13")]
    [InlineData("PRF", "saisie.dateLimiteInscription=2024-06-10", "")]
    [InlineData("HSP", "saisie.coefficient=1; saisie.dateLimiteInscription=2024-06-10", "CAT-13")]
    [InlineData("HSP", "saisie.coefficient=1; saisie.dateLimiteEntreeTardive=2024-06-30", "")]
    [InlineData("PRF", "saisie.dateLimiteInscription=2024-06-15", "")]
    [InlineData("PRF", "saisie.dateLimiteInscription=2024-06-16", "CAT-14")]
    [InlineData("PRF", "saisie.dateLimiteEntreeTardive=2024-05-30", "CAT-14")]
    [InlineData("HSP", "saisie.coefficient=3; saisie.dateLimiteInscription=2024-06-16", "CAT-13,CAT-13,CAT-14")]
    public async Task Decides_by_table(string dispositif, string changes, string expected)
    {
        var inputs = new RuleInputs
        {
            ["session"] = new Dictionary<string, object?> { ["dispositif"] = dispositif, ["dateLimiteInscription"] = new DateOnly(2024, 5, 31) },
            ["saisie"] = new Dictionary<string, object?>
            {
                ["coefficient"] = dispositif == "PRF" ? 3m : 2m,
                ["dateLimiteInscription"] = new DateOnly(2024, 5, 31),
                ["dateLimiteEntreeTardive"] = new DateOnly(2024, 6, 15),
            },
            ["parametres"] = await Scenario.ParametresOf(dispositif),
        };
        if (dispositif == "HSP" && changes.Length == 0)
        {
            changes = "saisie.coefficient=1";
        }

        Assert.Equal(expected, await Scenario.FailingRuleIdsAsync("session.saisie", inputs, changes));
    }
}
