namespace Rafael.Rules;

/// <summary>
/// The tunable values of the rules for one dispositif (defaults merged with the dispositif's overrides).
/// Passed to rule sets as the <c>parametres</c> input; field names there are the camelCase of these properties.
/// </summary>
public sealed record Parametres
{
    /// <summary>Minimum coefficient de candidatures of a session (CAT-13): default 1, POEC 2, HSP 1.</summary>
    public required decimal CoefficientMin { get; init; }

    /// <summary>Maximum coefficient de candidatures of a session (CAT-13): default 5, HSP 1.</summary>
    public required decimal CoefficientMax { get; init; }

    /// <summary>True when the quota is coefficient × capacité d'accueil instead of × effectif visé (CAND-03, POEC).</summary>
    public required bool QuotaSurCapaciteAccueil { get; init; }

    /// <summary>False when the OF cannot change the date limite d'inscription (CAT-13, HSP: the next entry point).</summary>
    public required bool DateLimiteInscriptionModifiable { get; init; }

    /// <summary>Maximum candidatures in progress of one candidate across dispositifs (CAND-02): 3.</summary>
    public required int MaxCandidaturesEnCours { get; init; }

    /// <summary>Maximum candidatures in progress of one candidate on HSP (CAND-02): 1.</summary>
    public required int MaxCandidaturesEnCoursHsp { get; init; }

    /// <summary>Days after the session's end when the OF is reminded of pending verdicts (AVIS-07): 14.</summary>
    public required int JoursRelanceApresFin { get; init; }

    /// <summary>Days after the session's end when pending candidatures become Avis non transmis (AVIS-07): 21.</summary>
    public required int JoursAvisNonTransmisApresFin { get; init; }

    /// <summary>A session may be deleted without a reason more than this many days after its end (CAT-10): 30.</summary>
    public required int JoursSuppressionLibreApresFin { get; init; }

    /// <summary>Maximum convocations of one candidature (AVIS-01): 3.</summary>
    public required int MaxConvocations { get; init; }

    /// <summary>Minimum weekly hours of a retained candidature (AVIS-02): 1.</summary>
    public required decimal HeuresHebdomadairesMin { get; init; }

    /// <summary>Maximum weekly hours of a retained candidature (AVIS-02): 40.</summary>
    public required decimal HeuresHebdomadairesMax { get; init; }

    /// <summary>Maximum length of the comment on a verdict (AVIS-03): 250.</summary>
    public required int LongueurMaxCommentaire { get; init; }

    /// <summary>Maximum length of the reason of a refusal (AVIS-03): 500.</summary>
    public required int LongueurMaxRaison { get; init; }

    /// <summary>Horizon in days of the dashboard's "Passage en avis non transmis d'ici N jours" (AVIS-07, DASH-01): 15.</summary>
    public required int HorizonTableauDeBordJours { get; init; }

    /// <summary>These values with those the override sets replacing them.</summary>
    /// <param name="surcharge">A dispositif's overrides; null changes nothing.</param>
    public Parametres Merge(ParametresOverride? surcharge) => surcharge is null ? this : this with
    {
        CoefficientMin = surcharge.CoefficientMin ?? CoefficientMin,
        CoefficientMax = surcharge.CoefficientMax ?? CoefficientMax,
        QuotaSurCapaciteAccueil = surcharge.QuotaSurCapaciteAccueil ?? QuotaSurCapaciteAccueil,
        DateLimiteInscriptionModifiable = surcharge.DateLimiteInscriptionModifiable ?? DateLimiteInscriptionModifiable,
        MaxCandidaturesEnCours = surcharge.MaxCandidaturesEnCours ?? MaxCandidaturesEnCours,
        MaxCandidaturesEnCoursHsp = surcharge.MaxCandidaturesEnCoursHsp ?? MaxCandidaturesEnCoursHsp,
        JoursRelanceApresFin = surcharge.JoursRelanceApresFin ?? JoursRelanceApresFin,
        JoursAvisNonTransmisApresFin = surcharge.JoursAvisNonTransmisApresFin ?? JoursAvisNonTransmisApresFin,
        JoursSuppressionLibreApresFin = surcharge.JoursSuppressionLibreApresFin ?? JoursSuppressionLibreApresFin,
        MaxConvocations = surcharge.MaxConvocations ?? MaxConvocations,
        HeuresHebdomadairesMin = surcharge.HeuresHebdomadairesMin ?? HeuresHebdomadairesMin,
        HeuresHebdomadairesMax = surcharge.HeuresHebdomadairesMax ?? HeuresHebdomadairesMax,
        LongueurMaxCommentaire = surcharge.LongueurMaxCommentaire ?? LongueurMaxCommentaire,
        LongueurMaxRaison = surcharge.LongueurMaxRaison ?? LongueurMaxRaison,
        HorizonTableauDeBordJours = surcharge.HorizonTableauDeBordJours ?? HorizonTableauDeBordJours,
    };
}
