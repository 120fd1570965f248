using Rafael.Engine.OffreInfo;

namespace Rafael.Engine.Catalogue;

/// <summary>The fields of the session form (CAT-07), as typed; the funded fields only for a conventionnée session.</summary>
public sealed record SaisieSession
{
    /// <summary>Voie d'accès.</summary>
    public required VoieAcces VoieAcces { get; init; }

    /// <summary>"Formation continue hors alternance" (Kairos).</summary>
    public bool HorsAlternance { get; init; }

    /// <summary>Organisme formateur; the Responsable when not given.</summary>
    public Guid? FormateurId { get; init; }

    /// <summary>Organisme positionneur (who handles candidatures); the Responsable when not given.</summary>
    public Guid? PositionneurId { get; init; }

    /// <summary>Contact.</summary>
    public ContactFormation? Contact { get; init; }

    /// <summary>Contacts of the Positionneur (funded sessions).</summary>
    public IReadOnlyList<ContactFormation> ContactsPositionneur { get; init; } = [];

    /// <summary>Targeted certifications, a subset of the action's.</summary>
    public IReadOnlyList<CertificationSession> Certifications { get; init; } = [];

    /// <summary>Start.</summary>
    public required DateOnly DateDebut { get; init; }

    /// <summary>End.</summary>
    public required DateOnly DateFin { get; init; }

    /// <summary>Type d'entrée.</summary>
    public required TypeEntree TypeEntree { get; init; }

    /// <summary>Comment.</summary>
    public string? Commentaire { get; init; }

    /// <summary>Recruitment: up to three information collectives.</summary>
    public IReadOnlyList<ReunionInformation> InformationsCollectives { get; init; } = [];

    /// <summary>Lieu de formation.</summary>
    public required LieuFormation Lieu { get; init; }

    /// <summary>Weekly hours, if known.</summary>
    public decimal? HeuresHebdomadaires { get; init; }

    /// <summary>The funded fields; null for a non-conventionnée session.</summary>
    public FinancementSaisi? Financement { get; init; }
}
