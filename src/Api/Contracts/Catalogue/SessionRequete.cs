using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;

namespace Rafael.Api.Contracts.Catalogue;

/// <summary>The session form (CAT-07); the funded fields only for a conventionnée session.</summary>
public sealed record SessionRequete(
    VoieAcces? VoieAcces,
    bool HorsAlternance,
    Guid? FormateurId,
    Guid? PositionneurId,
    ContactFormation? Contact,
    IReadOnlyList<ContactFormation>? ContactsPositionneur,
    IReadOnlyList<CertificationSession>? Certifications,
    DateOnly? DateDebut,
    DateOnly? DateFin,
    TypeEntree? TypeEntree,
    string? Commentaire,
    IReadOnlyList<ReunionInformation>? InformationsCollectives,
    LieuFormation? Lieu,
    decimal? HeuresHebdomadaires,
    FinancementRequete? Financement)
{
    /// <summary>The validated form, for the engine.</summary>
    public SaisieSession VersSaisie() => new()
    {
        VoieAcces = VoieAcces!.Value,
        HorsAlternance = HorsAlternance,
        FormateurId = FormateurId,
        PositionneurId = PositionneurId,
        Contact = Contact,
        ContactsPositionneur = ContactsPositionneur ?? [],
        Certifications = Certifications ?? [],
        DateDebut = DateDebut!.Value,
        DateFin = DateFin!.Value,
        TypeEntree = TypeEntree!.Value,
        Commentaire = Commentaire,
        InformationsCollectives = InformationsCollectives ?? [],
        Lieu = Lieu!,
        HeuresHebdomadaires = HeuresHebdomadaires,
        Financement = Financement?.VersSaisie(),
    };
}
