using Rafael.Engine.OffreInfo;

namespace Rafael.Engine.Catalogue;

/// <summary>The fields of the action form (CAT-05), as typed.</summary>
public sealed record SaisieAction
{
    /// <summary>Intitulé.</summary>
    public required string Intitule { get; init; }

    /// <summary>"Le + de cette formation".</summary>
    public string? PlusDeLaFormation { get; init; }

    /// <summary>Web link.</summary>
    public string? LienWeb { get; init; }

    /// <summary>Objectif général.</summary>
    public required ObjectifGeneral ObjectifGeneral { get; init; }

    /// <summary>Objectifs of the training.</summary>
    public required string Objectifs { get; init; }

    /// <summary>Programme.</summary>
    public required string Programme { get; init; }

    /// <summary>Validation / fin de formation.</summary>
    public required ValidationFormation Validation { get; init; }

    /// <summary>Certifications (0 to 5).</summary>
    public IReadOnlyList<CertificationAction> Certifications { get; init; } = [];

    /// <summary>Hours per modality.</summary>
    public IReadOnlyList<DureeFormation> Durees { get; init; } = [];

    /// <summary>Conditions d'accès réglementaires ("RAS" allowed).</summary>
    public required string ConditionsAcces { get; init; }

    /// <summary>Prérequis pédagogiques.</summary>
    public required string Prerequis { get; init; }

    /// <summary>Contacts.</summary>
    public IReadOnlyList<ContactFormation> Contacts { get; init; } = [];
}
