using MudBlazor;
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

    /// <summary>The refusal reasons (AVIS-03) as the Api names them, with the words the OFs know.</summary>
    public static IReadOnlyList<(string Code, string Libelle)> MotifsRefus { get; } =
    [
        ("prerequis-non-satisfaits", "Prérequis pédagogiques non satisfaits"),
        ("absence-non-justifiee", "Absence non justifiée"),
        ("conditions-administratives", "Conditions administratives et réglementaires non satisfaites"),
        ("projet-non-correspondant", "Formation qui ne correspond pas au projet"),
        ("candidat-indisponible", "Candidat indisponible"),
        ("personne-injoignable", "Personne injoignable"),
        ("non-conformite-administrative", "Non-conformité administrative"),
        ("autres", "Autres"),
    ];

    public static string Etat(EtatCandidature etat) => etat switch
    {
        EtatCandidature.BrouillonPrescripteur => "À valider par le prescripteur",
        EtatCandidature.EnAttente => "En attente",
        EtatCandidature.Retenue => "Retenue",
        EtatCandidature.NonRetenue => "Non retenue",
        EtatCandidature.AvisNonTransmis => "Avis non transmis",
        EtatCandidature.RefusSessionComplete => "Refus – session complète",
        EtatCandidature.RefusSessionAnnulee => "Refus – session annulée",
        EtatCandidature.Supprimee => "Supprimée",
        _ => etat.ToString(),
    };

    public static string Role(RoleStructure role) => role switch
    {
        RoleStructure.Responsable => "Responsable",
        RoleStructure.Positionneur => "Positionneur",
        RoleStructure.Formateur => "Formateur",
        _ => role.ToString(),
    };

    public static string Resultat(ResultatConvocation? resultat) => resultat switch
    {
        ResultatConvocation.Presence => "Présent(e)",
        ResultatConvocation.AbsenceJustifiee => "Absence justifiée",
        ResultatConvocation.AbsenceNonJustifiee => "Absence non justifiée",
        null => "—",
        _ => resultat.ToString()!,
    };

    public static string Jour(DateOnly? date) => date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) ?? "—";

    public static Color Couleur(EtatCandidature etat) => etat switch
    {
        EtatCandidature.Retenue => Color.Success,
        EtatCandidature.EnAttente or EtatCandidature.BrouillonPrescripteur => Color.Info,
        EtatCandidature.AvisNonTransmis => Color.Warning,
        _ => Color.Default,
    };

    public static string Objectif(ObjectifGeneral o) => o switch
    {
        ObjectifGeneral.Certification => "Certification",
        ObjectifGeneral.Professionnalisation => "Professionnalisation",
        ObjectifGeneral.PreparationQualification => "Préparation à la qualification",
        ObjectifGeneral.RemiseANiveau => "Remise à niveau",
        ObjectifGeneral.Remobilisation => "Remobilisation",
        ObjectifGeneral.Perfectionnement => "Perfectionnement",
        _ => o.ToString(),
    };

    public static string Validation(ValidationFormation v) => v switch
    {
        ValidationFormation.AttestationFinFormation => "Attestation de fin de formation",
        ValidationFormation.CertificationRncp => "Certification RNCP",
        ValidationFormation.AutreCertification => "Autre certification (RS)",
        _ => v.ToString(),
    };

    public static string Modalite(ModaliteDuree m) => m switch
    {
        ModaliteDuree.CoursDuJour => "Cours du jour",
        ModaliteDuree.CoursDuSoir => "Cours du soir",
        ModaliteDuree.CoursWeekEnd => "Cours le week-end",
        ModaliteDuree.Foad => "Formation à distance (FOAD)",
        _ => m.ToString(),
    };

    public static string Voie(VoieAcces v) => v switch
    {
        VoieAcces.FormationContinue => "Formation continue",
        VoieAcces.ContratProfessionnalisation => "Contrat de professionnalisation",
        VoieAcces.ContratApprentissage => "Contrat d'apprentissage",
        _ => v.ToString(),
    };

    public static string Entree(TypeEntree t) => t switch
    {
        TypeEntree.DatesFixes => "Dates fixes",
        TypeEntree.EntreesSortiesPermanentes => "Entrées-sorties permanentes",
        TypeEntree.EntreesSortiesSequencees => "Entrées-sorties séquencées",
        _ => t.ToString(),
    };

    public static string StatutAction(string statut) => statut switch
    {
        "brouillon" => "Brouillon",
        "creee" => "Créée (à vérifier)",
        "alerte" => "Alerte",
        "publiee" => "Publiée",
        "modifiee" => "Modifiée (à vérifier)",
        "archivee" => "Archivée",
        "supprimee" => "Supprimée",
        "en-attente-validation" => "En attente de validation",
        "en-attente-publication" => "En attente de publication",
        _ => statut,
    };

    public static string StatutSession(string statut) => statut switch
    {
        "ouverte" => "Ouverte",
        "fermee" => "Fermée",
        "terminee" => "Terminée",
        "annulee" => "Annulée",
        "supprimee" => "Supprimée",
        "suppression-demandee" => "Suppression demandée",
        _ => statut,
    };
}
