using Rafael.Engine.Structures;

namespace Rafael.Engine.Rattachements;

/// <summary>What each profile means and where it may be held (ACC-03).</summary>
public static class Profils
{
    /// <summary>The French label shown to users.</summary>
    /// <param name="profil">The profile.</param>
    /// <returns>Its label.</returns>
    public static string Libelle(ProfilGestion profil) => profil switch
    {
        ProfilGestion.GestionnaireOfCatalogue => "Gestionnaire OF catalogue formation",
        ProfilGestion.GestionnaireOfPreinscription => "Gestionnaire OF préinscription",
        ProfilGestion.GestionnaireOfGeneral => "Gestionnaire OF général",
        ProfilGestion.PrescripteurNiveau1 => "Prescripteur Niveau 1",
        ProfilGestion.PrescripteurNiveau2 => "Prescripteur Niveau 2",
        ProfilGestion.PrescripteurNiveau3 => "Prescripteur Niveau 3",
        ProfilGestion.GestionnaireFinanceur => "Gestionnaire financeur",
        _ => profil.ToString(),
    };

    /// <summary>The structure type a profile requires: OF profiles in an OF, prescriber levels in a prescriber…</summary>
    /// <param name="profil">The profile.</param>
    /// <returns>The required type.</returns>
    public static TypesStructure TypeRequis(ProfilGestion profil) => profil switch
    {
        ProfilGestion.GestionnaireOfCatalogue or ProfilGestion.GestionnaireOfPreinscription or ProfilGestion.GestionnaireOfGeneral => TypesStructure.OrganismeFormation,
        ProfilGestion.PrescripteurNiveau1 or ProfilGestion.PrescripteurNiveau2 or ProfilGestion.PrescripteurNiveau3 => TypesStructure.Prescripteur,
        ProfilGestion.GestionnaireFinanceur => TypesStructure.Financeur,
        _ => throw new ArgumentOutOfRangeException(nameof(profil), profil, null),
    };

    /// <summary>True for the three prescriber levels (HAB-03).</summary>
    /// <param name="profil">The profile, if any.</param>
    /// <returns>Whether it is a prescriber level.</returns>
    public static bool EstPrescripteur(ProfilGestion? profil) =>
        profil is ProfilGestion.PrescripteurNiveau1 or ProfilGestion.PrescripteurNiveau2 or ProfilGestion.PrescripteurNiveau3;

    /// <summary>True for the profiles that edit the catalogue (catalogue or général).</summary>
    /// <param name="profil">The profile, if any.</param>
    /// <returns>Whether it edits the catalogue.</returns>
    public static bool GereCatalogue(ProfilGestion? profil) =>
        profil is ProfilGestion.GestionnaireOfCatalogue or ProfilGestion.GestionnaireOfGeneral;

    /// <summary>True for the profiles that handle candidatures (préinscription or général).</summary>
    /// <param name="profil">The profile, if any.</param>
    /// <returns>Whether it handles candidatures.</returns>
    public static bool GerePreinscriptions(ProfilGestion? profil) =>
        profil is ProfilGestion.GestionnaireOfPreinscription or ProfilGestion.GestionnaireOfGeneral;
}
