using Rafael.Engine.Candidatures;

namespace Rafael.Api.Contracts.Candidatures;

/// <summary>Candidatures to their DTOs.</summary>
internal static class CandidaturesMapping
{
    public static CandidatureResumeDto Resume(this Candidature c) => new(
        c.Id, c.SessionId, c.SessionReference, c.SessionIntitule, c.SessionDateDebut, c.SessionDateFin, c.Dispositif, c.Mesure,
        c.Candidat.Nom, c.Candidat.Prenom, c.Etat, LibellesEtats.De(c.Etat), c.CreeeLe, c.Version);

    public static CandidatureDto Detail(this Candidature c, IReadOnlyList<Candidature> autres) => new(
        c.Id, c.SessionId, c.SessionReference, c.SessionIntitule, c.SessionDateDebut, c.SessionDateFin, c.Dispositif, c.Mesure,
        new CandidatDto(c.Candidat.Nom, c.Candidat.Prenom, c.Candidat.DateNaissance, c.Candidat.Email, c.Candidat.Telephone, c.Candidat.IdentifiantFranceTravail, c.Candidat.Situation),
        c.Etat, LibellesEtats.De(c.Etat), c.Status, c.PrescripteurStructureId, c.CreeeLe, c.ValideeLe,
        c.NombreConvocations, c.DateDerniereConvocation, c.ResultatDerniereConvocation,
        c.DateEntreePrevue, c.DateSortiePrevue, c.HeuresHebdomadaires, c.MotifRefus, MotifsRefus.Libelle(c.MotifRefus), c.Raison, c.Commentaire, c.AvisLe,
        c.Version, [.. autres.Select(Resume)]);

    public static Candidat VersCandidat(this CandidatSaisi s) =>
        new(s.Nom, s.Prenom, s.DateNaissance!.Value, s.Email, s.Telephone, s.IdentifiantFranceTravail, s.Situation);

    public static AvisSaisi VersAvis(this AvisRequete r) =>
        new(r.Retenue!.Value, r.DateEntreePrevue, r.DateSortiePrevue, r.HeuresHebdomadaires, string.IsNullOrWhiteSpace(r.Motif) ? null : r.Motif.Trim(), r.Raison, r.Commentaire);
}
