using Rafael.Portal.Models;

namespace Rafael.Portal.Services;

/// <summary>The French words the users know, for the Api's names.</summary>
public static class Libelles
{
    public static IReadOnlyList<ProfilGestion> Profils { get; } = Enum.GetValues<ProfilGestion>();

    public static string Profil(ProfilGestion? profil) => profil switch
    {
        ProfilGestion.GestionnaireOfCatalogue => "Gestionnaire OF catalogue formation",
        ProfilGestion.GestionnaireOfPreinscription => "Gestionnaire OF préinscription",
        ProfilGestion.GestionnaireOfGeneral => "Gestionnaire OF général",
        ProfilGestion.PrescripteurNiveau1 => "Prescripteur Niveau 1",
        ProfilGestion.PrescripteurNiveau2 => "Prescripteur Niveau 2",
        ProfilGestion.PrescripteurNiveau3 => "Prescripteur Niveau 3",
        ProfilGestion.GestionnaireFinanceur => "Gestionnaire financeur",
        null => "Bénéficiaire",
        _ => profil.ToString()!,
    };

    public static string Type(TypesStructure type) => type switch
    {
        TypesStructure.OrganismeFormation => "Organisme de formation",
        TypesStructure.Prescripteur => "Prescripteur",
        TypesStructure.Financeur => "Financeur",
        TypesStructure.Employeur => "Employeur",
        TypesStructure.Administration => "Administration",
        _ => type.ToString(),
    };

    public static string Demande(TypeDemande type) => type switch
    {
        TypeDemande.Compte => "Demande de compte",
        TypeDemande.CreationStructure => "Création de structure",
        TypeDemande.Rattachement => "Rattachement",
        TypeDemande.ModificationStructure => "Modification de structure",
        _ => type.ToString(),
    };

    public static string Statut(StatutDemande statut) => statut switch
    {
        StatutDemande.EnAttente => "En attente",
        StatutDemande.Acceptee => "Acceptée",
        StatutDemande.Refusee => "Refusée",
        _ => statut.ToString(),
    };

    public static string Date(DateTimeOffset? date) => date?.ToLocalTime().ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) ?? "—";
}
