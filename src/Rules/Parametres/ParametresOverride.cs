namespace Rafael.Rules;

/// <summary>The parameters one dispositif sets differently from the defaults; null means "as the defaults".</summary>
public sealed record ParametresOverride
{
    /// <summary>Overrides <see cref="Parametres.CoefficientMin"/>.</summary>
    public decimal? CoefficientMin { get; init; }

    /// <summary>Overrides <see cref="Parametres.CoefficientMax"/>.</summary>
    public decimal? CoefficientMax { get; init; }

    /// <summary>Overrides <see cref="Parametres.QuotaSurCapaciteAccueil"/>.</summary>
    public bool? QuotaSurCapaciteAccueil { get; init; }

    /// <summary>Overrides <see cref="Parametres.DateLimiteInscriptionModifiable"/>.</summary>
    public bool? DateLimiteInscriptionModifiable { get; init; }

    /// <summary>Overrides <see cref="Parametres.MaxCandidaturesEnCours"/>.</summary>
    public int? MaxCandidaturesEnCours { get; init; }

    /// <summary>Overrides <see cref="Parametres.MaxCandidaturesEnCoursHsp"/>.</summary>
    public int? MaxCandidaturesEnCoursHsp { get; init; }

    /// <summary>Overrides <see cref="Parametres.JoursRelanceApresFin"/>.</summary>
    public int? JoursRelanceApresFin { get; init; }

    /// <summary>Overrides <see cref="Parametres.JoursAvisNonTransmisApresFin"/>.</summary>
    public int? JoursAvisNonTransmisApresFin { get; init; }

    /// <summary>Overrides <see cref="Parametres.JoursSuppressionLibreApresFin"/>.</summary>
    public int? JoursSuppressionLibreApresFin { get; init; }

    /// <summary>Overrides <see cref="Parametres.MaxConvocations"/>.</summary>
    public int? MaxConvocations { get; init; }

    /// <summary>Overrides <see cref="Parametres.HeuresHebdomadairesMin"/>.</summary>
    public decimal? HeuresHebdomadairesMin { get; init; }

    /// <summary>Overrides <see cref="Parametres.HeuresHebdomadairesMax"/>.</summary>
    public decimal? HeuresHebdomadairesMax { get; init; }

    /// <summary>Overrides <see cref="Parametres.LongueurMaxCommentaire"/>.</summary>
    public int? LongueurMaxCommentaire { get; init; }

    /// <summary>Overrides <see cref="Parametres.LongueurMaxRaison"/>.</summary>
    public int? LongueurMaxRaison { get; init; }

    /// <summary>Overrides <see cref="Parametres.HorizonTableauDeBordJours"/>.</summary>
    public int? HorizonTableauDeBordJours { get; init; }
}
