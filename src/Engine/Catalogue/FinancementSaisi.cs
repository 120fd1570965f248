namespace Rafael.Engine.Catalogue;

/// <summary>The funded fields of a conventionnée session (CAT-07, HAB-01).</summary>
public sealed record FinancementSaisi
{
    /// <summary>The mesure the session belongs to; its dispositif and financeur follow.</summary>
    public required Guid MesureId { get; init; }

    /// <summary>N° de marché.</summary>
    public string? NumeroMarche { get; init; }

    /// <summary>Effectif minimal.</summary>
    public int? EffectifMinimal { get; init; }

    /// <summary>Effectif visé (places).</summary>
    public required int Places { get; init; }

    /// <summary>Capacité d'accueil.</summary>
    public required int CapaciteAccueil { get; init; }

    /// <summary>Coefficient de candidatures.</summary>
    public required decimal Coefficient { get; init; }

    /// <summary>Date limite d'inscription.</summary>
    public required DateOnly DateLimiteInscription { get; init; }

    /// <summary>Date limite d'entrée tardive.</summary>
    public required DateOnly DateLimiteEntreeTardive { get; init; }

    /// <summary>Ratio suite de parcours.</summary>
    public decimal? RatioSuiteParcours { get; init; }
}
