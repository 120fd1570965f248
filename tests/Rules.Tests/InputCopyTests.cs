using System.Reflection;

namespace Rafael.Rules.Tests;

/// <summary>
/// Objects the caller passes are copied into the generated input types by a copy compiled once per caller type; it
/// must bind exactly what the reflection path binds (used for dictionaries, and the reference here).
/// </summary>
public sealed class InputCopyTests
{
    private const string RuleSet = "candidature.preinscription";

    [Theory]
    [InlineData(false, true, "2024-05-31", "PRF-QUALIF", 1, 2.0, 10)]
    [InlineData(true, false, "2024-06-02", "PRF-QUALIF", 2, 2.0, 40)]
    [InlineData(false, true, "2024-05-31", "POEC-X", null, 1.5, 16)]
    [InlineData(false, true, "2024-05-31", "PRF-QUALIF", 4, 0.5, 4)]
    public async Task A_record_binds_as_the_same_values_in_dictionaries(bool annulee, bool ouverte, string dateLimite, string mesure, int? niveau, double coefficient, int enCours)
    {
        var session = new SessionFaits("PRF", "PRF-QUALIF", annulee, ouverte, DateOnly.Parse(dateLimite, System.Globalization.CultureInfo.InvariantCulture), 10, 12, (decimal)coefficient, enCours);
        var parametres = await new ParametresProvider(new EmbeddedParametresSource()).GetAsync("PRF", TestContext.Current.CancellationToken);
        var typed = new RuleInputs
        {
            ["maintenant"] = new DateOnly(2024, 6, 1),
            ["session"] = session,
            ["candidat"] = new CandidatFaits(1, 0),
            ["structure"] = new StructureFaits([mesure]),
            ["utilisateur"] = new UtilisateurFaits(niveau),
            ["parametres"] = parametres,
        };
        var dictionaries = new RuleInputs
        {
            ["maintenant"] = new DateOnly(2024, 6, 1),
            ["session"] = AsDictionary(session),
            ["candidat"] = AsDictionary(typed["candidat"]),
            ["structure"] = AsDictionary(typed["structure"]),
            ["utilisateur"] = AsDictionary(typed["utilisateur"]),
            ["parametres"] = AsDictionary(parametres),
        };

        var verdict = await Scenario.Evaluator.EvaluateAsync(RuleSet, typed, TestContext.Current.CancellationToken);

        Assert.Equal((await Scenario.Evaluator.EvaluateAsync(RuleSet, dictionaries, TestContext.Current.CancellationToken)).Failures, verdict.Failures);
    }

    [Fact]
    public async Task Refuses_null_in_a_required_text_of_a_record_naming_it()
    {
        var session = new SessionFaits(null!, "PRF-QUALIF", false, true, new DateOnly(2024, 6, 1), 10, 12, 1, 0);
        var preinscription = await Inputs(session);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Scenario.Evaluator.EvaluateAsync(RuleSet, preinscription, TestContext.Current.CancellationToken).AsTask());

        Assert.StartsWith("L'entrée « session.dispositif » (string) est obligatoire et vaut null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_getter_that_throws_surfaces_as_through_reflection()
    {
        var inputs = new RuleInputs { ["action"] = new ActionQuiEchoue() };

        await Assert.ThrowsAsync<TargetInvocationException>(() =>
            Scenario.Evaluator.EvaluateAsync("action.publication", inputs, TestContext.Current.CancellationToken).AsTask());
    }

    [Fact]
    public async Task Reads_public_fields_and_ignores_case()
    {
        var allowed = new RuleInputs { ["action"] = new ActionAChamp { NOMBRESESSIONS = 2 } };
        var refused = new RuleInputs { ["action"] = new ActionAChamp { NOMBRESESSIONS = 0 } };

        Assert.True((await Scenario.Evaluator.EvaluateAsync("action.publication", allowed, TestContext.Current.CancellationToken)).IsAllowed);
        Assert.Equal("CAT-01", Assert.Single((await Scenario.Evaluator.EvaluateAsync("action.publication", refused, TestContext.Current.CancellationToken)).Failures).RuleId);
    }

    private static async Task<RuleInputs> Inputs(SessionFaits session) => new()
    {
        ["maintenant"] = new DateOnly(2024, 6, 1),
        ["session"] = session,
        ["candidat"] = new CandidatFaits(1, 0),
        ["structure"] = new StructureFaits(["PRF-QUALIF"]),
        ["utilisateur"] = new UtilisateurFaits(1),
        ["parametres"] = await new ParametresProvider(new EmbeddedParametresSource()).GetAsync("PRF", TestContext.Current.CancellationToken),
    };

    private static Dictionary<string, object?> AsDictionary(object value) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.Name, p => p.GetValue(value), StringComparer.OrdinalIgnoreCase);

    private sealed record SessionFaits(string Dispositif, string Mesure, bool Annulee, bool OuverteAuxCandidatures, DateOnly DateLimiteInscription, int EffectifVise, int CapaciteAccueil, decimal Coefficient, int CandidaturesEnCours);

    private sealed record CandidatFaits(int CandidaturesEnCours, int CandidaturesEnCoursHsp);

    private sealed record StructureFaits(string[] MesuresHabilitees);

    private sealed record UtilisateurFaits(int? NiveauPrescripteur);

    private sealed class ActionQuiEchoue
    {
        public int NombreSessions => throw new InvalidOperationException("lecture impossible");
    }

    private sealed class ActionAChamp
    {
        public int NOMBRESESSIONS;
    }
}
