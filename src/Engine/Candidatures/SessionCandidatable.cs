namespace Rafael.Engine.Candidatures;

/// <summary>
/// What candidatures need to know of a funded session: its funding, its places, its dates and the structures that
/// play a role on it (CAT-03). Read through <see cref="ISessionsCandidatables"/>, so that candidatures do not depend
/// on the catalogue's classes.
/// </summary>
public sealed record SessionCandidatable
{
    /// <summary>Identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>Numéro Carif (CAT-02).</summary>
    public required string Reference { get; init; }

    /// <summary>The action's title.</summary>
    public required string Intitule { get; init; }

    /// <summary>Dispositif code (PRF, POEC, HSP…).</summary>
    public required string Dispositif { get; init; }

    /// <summary>Mesure code.</summary>
    public required string Mesure { get; init; }

    /// <summary>The funder's name.</summary>
    public string? Financeur { get; init; }

    /// <summary>Market number.</summary>
    public string? NumeroMarche { get; init; }

    /// <summary>Places (effectif visé).</summary>
    public required int EffectifVise { get; init; }

    /// <summary>Capacité d'accueil.</summary>
    public required int CapaciteAccueil { get; init; }

    /// <summary>Coefficient de candidatures.</summary>
    public required decimal Coefficient { get; init; }

    /// <summary>Start date.</summary>
    public required DateOnly DateDebut { get; init; }

    /// <summary>End date.</summary>
    public required DateOnly DateFin { get; init; }

    /// <summary>Date limite d'inscription (CAND-04).</summary>
    public required DateOnly DateLimiteInscription { get; init; }

    /// <summary>Date limite d'entrée tardive (AVIS-05).</summary>
    public required DateOnly DateLimiteEntreeTardive { get; init; }

    /// <summary>Type d'entrée (LOT-02).</summary>
    public required TypeEntreeSession TypeEntree { get; init; }

    /// <summary>The session's own weekly hours, when known (LOT-02).</summary>
    public decimal? HeuresHebdomadaires { get; init; }

    /// <summary>The Responsable structure (named on the action).</summary>
    public required Guid ResponsableId { get; init; }

    /// <summary>The Formateur structure.</summary>
    public Guid? FormateurId { get; init; }

    /// <summary>The Positionneur structure.</summary>
    public Guid? PositionneurId { get; init; }

    /// <summary>Town of the place of training.</summary>
    public string? Ville { get; init; }

    /// <summary>Postal code of the place of training.</summary>
    public string? CodePostal { get; init; }

    /// <summary>Cancelled by the funder.</summary>
    public required bool Annulee { get; init; }

    /// <summary>Published and open to recruitment.</summary>
    public required bool OuverteAuxCandidatures { get; init; }

    /// <summary>Not deleted, under a published or modified action: its candidatures count on DASH-01.</summary>
    public bool Publiee { get; init; }

    /// <summary>Whether this is an HSP session (no selection, AVIS-06).</summary>
    public bool EstHsp => string.Equals(Dispositif, "HSP", StringComparison.OrdinalIgnoreCase);
}
