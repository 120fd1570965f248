using Rafael.Engine.Catalogue;
using Rafael.Engine.OffreInfo;

namespace Rafael.Api.Contracts.Catalogue;

/// <summary>A session, with its funded fields when conventionnée.</summary>
public sealed record SessionDto(
    Guid Id,
    string Reference,
    Guid ActionId,
    bool Conventionnee,
    string Statut,
    Guid FormateurId,
    Guid PositionneurId,
    VoieAcces VoieAcces,
    bool HorsAlternance,
    ContactFormation? Contact,
    IReadOnlyList<ContactFormation> ContactsPositionneur,
    IReadOnlyList<CertificationSession> Certifications,
    DateOnly DateDebut,
    DateOnly DateFin,
    TypeEntree TypeEntree,
    string? Commentaire,
    IReadOnlyList<ReunionInformation> InformationsCollectives,
    LieuFormation Lieu,
    decimal? HeuresHebdomadaires,
    Guid? DispositifId,
    string? CodeDispositif,
    Guid? MesureId,
    Guid? FinanceurId,
    string? NumeroMarche,
    int? EffectifMinimal,
    int? Places,
    int? CapaciteAccueil,
    decimal? Coefficient,
    DateOnly? DateLimiteInscription,
    DateOnly? DateLimiteEntreeTardive,
    decimal? RatioSuiteParcours,
    string? MotifSuppression,
    int Version,
    IReadOnlyList<string> Avertissements)
{
    /// <summary>Maps a session.</summary>
    public static SessionDto De(Session s) => De(s, []);

    /// <summary>Maps a session with the warnings of its form (CAT-08).</summary>
    public static SessionDto De(Session s, IReadOnlyList<string> avertissements) => new(
        s.Id, s.Reference, s.ActionId, s.Conventionnee, s.Status, s.FormateurId, s.PositionneurId, s.VoieAcces, s.HorsAlternance,
        s.Contact, s.ContactsPositionneur, s.Certifications, s.DateDebut, s.DateFin, s.TypeEntree, s.Commentaire,
        s.InformationsCollectives, s.Lieu, s.HeuresHebdomadaires, s.DispositifId, s.CodeDispositif, s.MesureId, s.FinanceurId,
        s.NumeroMarche, s.EffectifMinimal, s.Places, s.CapaciteAccueil, s.Coefficient, s.DateLimiteInscription,
        s.DateLimiteEntreeTardive, s.RatioSuiteParcours, s.MotifSuppression, s.Version, avertissements);
}
