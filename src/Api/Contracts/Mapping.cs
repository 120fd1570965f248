using Rafael.Engine.Demandes;
using Rafael.Engine.Rattachements;
using Rafael.Engine.Structures;

namespace Rafael.Api.Contracts;

/// <summary>Entity ↔ contract conversions, written by hand (no AutoMapper).</summary>
internal static class Mapping
{
    public static StructureProposee VersProposee(this StructureSaisie s) =>
        new(s.RaisonSociale.Trim(), s.Nom.Trim(), string.IsNullOrWhiteSpace(s.Sigle) ? null : s.Sigle.Trim(), Siret.Normaliser(s.Siret), s.Adresse.VersAdresse(), s.Types.Aggregate(TypesStructure.Aucun, (a, t) => a | t));

    public static AdresseStructure VersAdresse(this AdresseDto a) => new(a.Ligne.Trim(), a.CodePostal.Trim(), a.Ville.Trim(), a.Departement.Trim().ToUpperInvariant());

    public static AdresseDto VersDto(this AdresseStructure a) => new(a.Ligne, a.CodePostal, a.Ville, a.Departement);

    public static IReadOnlyList<TypesStructure> Liste(this TypesStructure types) =>
        [.. Enum.GetValues<TypesStructure>().Where(t => t != TypesStructure.Aucun && (types & t) == t)];

    public static StructureSaisie VersSaisie(this StructureProposee s) =>
        new(s.RaisonSociale, s.Nom, s.Sigle, s.Siret, s.Adresse.VersDto(), s.Types.Liste());

    public static StructureDto VersDto(this Structure s) =>
        new(s.Id, s.RaisonSociale, s.Nom, s.Sigle, s.Siret, s.Adresse.VersDto(), s.Types.Liste(), s.QualiopiApprentissage, s.Version, s.NumeroActivite);

    public static StructureResume VersResume(this Structure s) =>
        new(s.Id, s.RaisonSociale, s.Nom, s.Sigle, s.Siret, s.Adresse.Ville, s.Adresse.Departement);

    public static IReadOnlyList<string> LibellesProfils(ProfilGestion? profil, AutresProfils autres)
    {
        var libelles = new List<string>();
        if (profil is { } p)
        {
            libelles.Add(Profils.Libelle(p));
        }

        if (autres.HasFlag(AutresProfils.Employeur))
        {
            libelles.Add("Employeur");
        }

        if (autres.HasFlag(AutresProfils.Prestataire))
        {
            libelles.Add("Prestataire");
        }

        libelles.Add("Bénéficiaire");
        return libelles;
    }

    public static MembreDto VersDto(this Membre m) =>
        new(m.CompteId, m.Prenom, m.Nom, m.Email, m.Telephone, m.Profil, m.Profil is { } p ? Profils.Libelle(p) : null, LibellesProfils(m.Profil, m.AutresProfils), m.EstReferent, m.RattacheLe);
}
