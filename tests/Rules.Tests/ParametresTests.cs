namespace Rafael.Rules.Tests;

public sealed class ParametresTests
{
    private readonly ParametresProvider provider = new(new EmbeddedParametresSource());

    [Theory]
    [InlineData("PRF", 1, 5, false, true)]
    [InlineData("POEC", 2, 5, true, true)]
    [InlineData("poec", 2, 5, true, true)]
    [InlineData("HSP", 1, 1, false, false)]
    [InlineData("INCONNU", 1, 5, false, true)]
    public async Task Merges_the_dispositif_overrides_over_the_defaults(
        string dispositif, int coefficientMin, int coefficientMax, bool quotaSurCapaciteAccueil, bool dateLimiteModifiable)
    {
        var parametres = await provider.GetAsync(dispositif, TestContext.Current.CancellationToken);

        Assert.Equal(
            (coefficientMin, coefficientMax, quotaSurCapaciteAccueil, dateLimiteModifiable),
            ((int)parametres.CoefficientMin, (int)parametres.CoefficientMax, parametres.QuotaSurCapaciteAccueil, parametres.DateLimiteInscriptionModifiable));
    }

    [Fact]
    public void Ships_the_agreed_defaults()
    {
        var defaults = EmbeddedParametresSource.Defaults;

        Assert.Equal(
            new Parametres
            {
                CoefficientMin = 1,
                CoefficientMax = 5,
                QuotaSurCapaciteAccueil = false,
                DateLimiteInscriptionModifiable = true,
                MaxCandidaturesEnCours = 3,
                MaxCandidaturesEnCoursHsp = 1,
                JoursRelanceApresFin = 14,
                JoursAvisNonTransmisApresFin = 21,
                JoursSuppressionLibreApresFin = 30,
                MaxConvocations = 3,
                HeuresHebdomadairesMin = 1,
                HeuresHebdomadairesMax = 40,
                LongueurMaxCommentaire = 250,
                LongueurMaxRaison = 500,
                HorizonTableauDeBordJours = 15,
            },
            defaults);
    }

    [Fact]
    public async Task Reads_the_source_at_each_call_so_an_edit_applies_at_once()
    {
        var source = new EditableParametresSource();
        var editable = new ParametresProvider(source);
        Assert.Equal(3, (await editable.GetAsync("PRF", TestContext.Current.CancellationToken)).MaxConvocations);

        source.Override = new ParametresOverride { MaxConvocations = 2 };

        var parametres = await editable.GetAsync("PRF", TestContext.Current.CancellationToken);
        Assert.Equal(2, parametres.MaxConvocations);
        Assert.Equal(EmbeddedParametresSource.Defaults with { MaxConvocations = 2 }, parametres);
    }

    private sealed class EditableParametresSource : IParametresSource
    {
        public ParametresOverride? Override { get; set; }

        public ValueTask<Parametres> GetDefaultsAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(EmbeddedParametresSource.Defaults);

        public ValueTask<ParametresOverride?> GetOverrideAsync(string dispositifCode, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Override);
    }
}
