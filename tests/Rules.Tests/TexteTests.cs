namespace Rafael.Rules.Tests;

public sealed class TexteTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("A", false)]
    [InlineData("35 H", false)]
    [InlineData("CAP", true)]
    [InlineData("ÉLECTRICIEN", true)]
    [InlineData("Électricien", false)]
    [InlineData("BTS MCO - 2024", true)]
    [InlineData("BTS Management", false)]
    public void Recognises_text_entirely_in_capitals(string? valeur, bool attendu)
    {
        Assert.Equal(attendu, Texte.EstEnMajuscules(valeur));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("- un\n• deux", false)]
    [InlineData("3 < 5 et 6 > 2", false)]
    [InlineData("<p>texte</p>", true)]
    [InlineData("a<br/>b", true)]
    [InlineData("l&apos;été", true)]
    [InlineData("l&#233;t", true)]
    [InlineData("Dupont & fils", false)]
    public void Recognises_markup(string? valeur, bool attendu)
    {
        Assert.Equal(attendu, Texte.ContientDuBalisage(valeur));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("été", 3)]
    public void Counts_characters(string? valeur, int attendu)
    {
        Assert.Equal(attendu, Texte.Longueur(valeur));
    }
}
