using Rafael.Engine.Notifications.Donnees;

namespace Rafael.Engine.Notifications;

/// <summary>
/// Every email Rafael sends (NOTIF-01, HAB-04, AVIS-07): the templates shipped in <c>Notifications/Modeles</c>, the
/// model each receives and whether a person may turn it off.
/// </summary>
public static class CatalogueNotifications
{
    private const string Url = "https://rafael.exemple.fr";

    private static readonly PersonneNotifiee Camille = new("Camille", "Martin", "camille.martin@exemple.fr");
    private static readonly StructureNotifiee Garonne = new("Institut de Formation Garonne", "12345678900011");
    private static readonly ActionNotifiee Action = new("201234567890", "Titre professionnel Cuisinier", Garonne);
    private static readonly SessionNotifiee Session = new("00123456", "lundi 7 septembre 2026", "vendredi 18 décembre 2026", "Bordeaux");

    private static readonly DonneesDemande Demande = new(
        "compte", "demande de compte", Camille, Garonne, "Je rejoins le service formation.", "lundi 2 mars 2026 à 10:00", "mardi 3 mars 2026 à 09:30", string.Empty, "Gestionnaire OF préinscription", Url + "/demandes");

    private static readonly DonneesCandidature Candidature = new(
        new PersonneNotifiee("Alex", "Durand", string.Empty), Action, Session, new PersonneNotifiee("Sacha", "Bernard", "sacha.bernard@exemple.fr"),
        new StructureNotifiee("France Travail Bordeaux Bastide", "13000548100010"), "Retenue", string.Empty, "vendredi 8 janvier 2027", Url + "/candidatures/1");

    /// <summary>Every kind of email, by template name.</summary>
    public static IReadOnlyDictionary<string, TypeNotification> Tous { get; } = new TypeNotification[]
    {
        new("compte.demande-a-valider", "Une demande de compte, de rattachement ou de structure attend une décision (référent de la structure, administrateurs).", "ACC-05, NOTIF-01", true, typeof(DonneesDemande), Demande, ["referent", "administrateurs"], []),
        new("compte.demande-acceptee", "La demande a été acceptée : compte validé ou rattachement décidé (demandeur).", "ACC-05, NOTIF-01", true, typeof(DonneesDemande), Demande with { MotifRefus = string.Empty }, ["demandeur"], []),
        new("compte.demande-refusee", "La demande a été refusée, avec le motif (demandeur).", "ACC-05, NOTIF-01", true, typeof(DonneesDemande), Demande with { MotifRefus = "Structure inconnue de nos services.", Profil = string.Empty }, ["demandeur"], []),
        new("compte.mot-de-passe-oublie", "Lien pour choisir un nouveau mot de passe (titulaire du compte).", "ACC-09", true, typeof(DonneesMotDePasseOublie), new DonneesMotDePasseOublie(Url + "/reinitialiser-mot-de-passe?jeton=exemple"), ["titulaire"], []),
        new("droits-attribues", "Des droits de préinscription ont été attribués (financeur, structure prescriptrice).", "HAB-04, NOTIF-01", false, typeof(DonneesDroitsAttribues),
            new DonneesDroitsAttribues(new StructureNotifiee("France Travail Bordeaux Bastide", "13000548100010"), new StructureNotifiee("Région Nouvelle-Aquitaine", "20005372300014"), "PRF", "Programme régional de formation", "PRF-QUALIF", "Qualifiant", "lundi 2 mars 2026 à 10:00", Url),
            ["financeur", "prescripteur"], ["financeur", "prescripteur"]),
        new("action.a-verifier", "Une action non conventionnée attend la vérification d'un administrateur.", "CAT-04, NOTIF-01", true, typeof(DonneesAction), new DonneesAction(Action, string.Empty, Url + "/actions/201234567890"), ["administrateurs"], []),
        new("action.alerte", "L'administrateur demande un complément d'information sur une action (Alerte) à l'organisme responsable.", "NOTIF-01", true, typeof(DonneesAction), new DonneesAction(Action, "Précisez les prérequis et le programme.", Url + "/actions/201234567890"), ["of-responsable"], []),
        new("action.publiee", "L'action est publiée (organisme responsable).", "NOTIF-01", false, typeof(DonneesAction), new DonneesAction(Action, string.Empty, Url + "/actions/201234567890"), ["of-responsable"], []),
        new("session.suppression-demandee", "Un organisme demande la suppression d'une session (administrateurs).", "CAT-10", true, typeof(DonneesSession), new DonneesSession(Action, Session, "Trop peu de candidats.", Url + "/sessions/00123456"), ["administrateurs"], []),
        new("session.suppression-refusee", "La demande de suppression d'une session est refusée (organisme responsable).", "CAT-10", true, typeof(DonneesSession), new DonneesSession(Action, Session, "Trop peu de candidats.", Url + "/sessions/00123456"), ["of-responsable"], []),
        new("candidature.recue", "Une candidature est reçue (utilisateurs OF au profil préinscription du Responsable et du Positionneur).", "NOTIF-01", false, typeof(DonneesCandidature), Candidature with { Avis = string.Empty }, ["of-responsable", "of-positionneur"], []),
        new("candidature.avis-donne", "L'organisme a donné son avis (prescripteur qui a fait la candidature).", "NOTIF-01", false, typeof(DonneesCandidature), Candidature, ["prescripteur"], []),
        new("candidature.avis-non-transmis-dans-7-jours", "Rappel : sans avis dans 7 jours, la candidature passe en « Avis non transmis » (OF).", "AVIS-07, NOTIF-01", true, typeof(DonneesCandidature), Candidature with { Avis = string.Empty }, ["of-responsable", "of-positionneur"], []),
        new("candidature.session-annulee", "La session est annulée : la candidature passe en « Refus : session annulée » (prescripteurs concernés).", "AVIS-08, NOTIF-01", true, typeof(DonneesCandidature), Candidature with { Avis = "Refus : session annulée" }, ["prescripteur"], []),
    }.ToDictionary(t => t.Nom, StringComparer.Ordinal);

    /// <summary>The kind of email a template belongs to (<c>droits-attribues@financeur</c> belongs to <c>droits-attribues</c>).</summary>
    /// <param name="modele">A template's name.</param>
    /// <returns>The kind, or null when no email has this template.</returns>
    public static TypeNotification? DuModele(string modele)
    {
        ArgumentNullException.ThrowIfNull(modele);
        var arobase = modele.IndexOf('@', StringComparison.Ordinal);
        var nom = arobase < 0 ? modele : modele[..arobase];
        return Tous.TryGetValue(nom, out var type) && type.Modeles.Contains(modele) ? type : null;
    }
}
