using Rafael.Specs.Runner;
using Xunit;

namespace Rafael.Specs.RunnerTests;

public sealed class StepExpressionTests
{
    public static TheoryData<string, string, string[]> Matching => new()
    {
        { "il y a {int} places", "il y a 12 places", ["12"] },
        { "un solde de {int}", "un solde de -3", ["-3"] },
        { "un coefficient de {decimal}", "un coefficient de 1,5", ["1,5"] },
        { "un coefficient de {decimal}", "un coefficient de 2", ["2"] },
        { "la structure {string}", "la structure \"Formations du Sud\"", ["Formations du Sud"] },
        { "la structure {string}", "la structure \"\"", [""] },
        { "le profil {word}", "le profil gestionnaire-OF", ["gestionnaire-OF"] },
        { "le {date}", "le 09/04/2022", ["09/04/2022"] },
        { "à {time}", "à 9h05", ["9h05"] },
        { "{int} candidature(s)", "1 candidature", ["1"] },
        { "{int} candidature(s)", "2 candidatures", ["2"] },
        { "le texte {}", "le texte n'importe quoi", ["n'importe quoi"] },
        { "un prix \\(HT\\) de {int}", "un prix (HT) de 3", ["3"] },
        { "un point . et une étoile *", "un point . et une étoile *", [] },
        { @"^le code (\w+)$", "le code ABC", ["ABC"] },
    };

    [Theory]
    [MemberData(nameof(Matching))]
    public void An_expression_captures_its_arguments(string expression, string text, string[] expected) =>
        Assert.Equal(expected, StepExpression.Parse(expression).Match(text));

    [Theory]
    [InlineData("il y a {int} places", "il y a douze places")]
    [InlineData("il y a {int} places", "il y a 12 places libres")]
    [InlineData("le {date}", "le 2022-04-09")]
    [InlineData("la structure {string}", "la structure Formations")]
    [InlineData("un point . et une étoile *", "un point X et une étoile")]
    public void An_expression_matches_the_whole_text_or_nothing(string expression, string text) =>
        Assert.Null(StepExpression.Parse(expression).Match(text));

    [Fact]
    public void An_unknown_parameter_type_is_refused_with_the_known_ones()
    {
        var error = Assert.Throws<FormatException>(() => StepExpression.Parse("le {montant}"));
        Assert.Contains("{montant}", error.Message, StringComparison.Ordinal);
        Assert.Contains("{int}", error.Message, StringComparison.Ordinal);
    }

    public enum Profil
    {
        Gestionnaire,
        Referent,
    }

    public static TheoryData<string?, Type, object?> Conversions => new()
    {
        { "42", typeof(int), 42 },
        { "12,5", typeof(decimal), 12.5m },
        { "12.5", typeof(decimal), 12.5m },
        { "09/04/2022", typeof(DateOnly), new DateOnly(2022, 4, 9) },
        { "09/04/2022 14h30", typeof(DateTime), new DateTime(2022, 4, 9, 14, 30, 0, DateTimeKind.Unspecified) },
        { "14:30", typeof(TimeOnly), new TimeOnly(14, 30) },
        { "non", typeof(bool), false },
        { "Oui", typeof(bool), true },
        { "référent", typeof(string), "référent" },
        { "referent", typeof(Profil), Profil.Referent },
        { null, typeof(int?), null },
        { "7", typeof(int?), 7 },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Arguments_convert_the_French_way(string? text, Type type, object? expected) =>
        Assert.Equal(expected, StepArgumentConverter.Convert(text, type));

    [Theory]
    [InlineData("douze", typeof(int))]
    [InlineData("2022-13-45", typeof(DateOnly))]
    [InlineData("peut-être", typeof(bool))]
    [InlineData("x", typeof(Uri))]
    public void A_value_that_does_not_convert_fails_with_the_value_and_the_type(string text, Type type)
    {
        var error = Assert.Throws<FormatException>(() => StepArgumentConverter.Convert(text, type));
        Assert.Contains($"« {text} »", error.Message, StringComparison.Ordinal);
    }
}
