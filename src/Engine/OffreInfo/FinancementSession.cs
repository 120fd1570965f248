namespace Rafael.Engine.OffreInfo;

/// <summary>The funding of a conventionnée session (HAB-01, CAT-07).</summary>
/// <param name="Financeur">The funder.</param>
/// <param name="Dispositif">The dispositif's code (PRF, HSP, POEC…).</param>
/// <param name="Mesure">The mesure's code.</param>
/// <param name="NumeroMarche">The market number, if any.</param>
/// <param name="EffectifMinimal">Effectif minimal, if set.</param>
/// <param name="EffectifVise">Effectif visé (places funded), if set.</param>
/// <param name="CapaciteAccueil">Capacité d'accueil, if set.</param>
/// <param name="Coefficient">Coefficient de candidatures, if set.</param>
/// <param name="DateLimiteInscription">Date limite d'inscription: recruitment is open until this day (CAT-14).</param>
/// <param name="DateLimiteEntreeTardive">Date limite d'entrée tardive, if set.</param>
/// <param name="RatioSuiteParcours">Ratio suite de parcours, if set.</param>
public sealed record FinancementSession(
    Financeur Financeur,
    string Dispositif,
    string Mesure,
    string? NumeroMarche,
    int? EffectifMinimal,
    int? EffectifVise,
    int? CapaciteAccueil,
    int? Coefficient,
    DateOnly? DateLimiteInscription,
    DateOnly? DateLimiteEntreeTardive,
    decimal? RatioSuiteParcours);
