using Rafael.Engine.Catalogue;

namespace Rafael.Api.Contracts.Catalogue;

/// <summary>The funded fields of a conventionnée session (CAT-07).</summary>
public sealed record FinancementRequete(
    Guid? MesureId,
    string? NumeroMarche,
    int? EffectifMinimal,
    int? Places,
    int? CapaciteAccueil,
    decimal? Coefficient,
    DateOnly? DateLimiteInscription,
    DateOnly? DateLimiteEntreeTardive,
    decimal? RatioSuiteParcours)
{
    /// <summary>The validated fields, for the engine.</summary>
    public FinancementSaisi VersSaisie() => new()
    {
        MesureId = MesureId!.Value,
        NumeroMarche = NumeroMarche,
        EffectifMinimal = EffectifMinimal,
        Places = Places!.Value,
        CapaciteAccueil = CapaciteAccueil!.Value,
        Coefficient = Coefficient!.Value,
        DateLimiteInscription = DateLimiteInscription!.Value,
        DateLimiteEntreeTardive = DateLimiteEntreeTardive!.Value,
        RatioSuiteParcours = RatioSuiteParcours,
    };
}
