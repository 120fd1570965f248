using System.Xml;

namespace Rafael.Engine.OffreInfo;

/// <summary>
/// Says why an action cannot go out in a valid LHEO 2.3 document: a missing mandatory field, a value longer than
/// the schema allows, a malformed reference or code. An empty answer means the action can be written.
/// </summary>
public static class LheoControle
{
    /// <summary>Every reason, in French, that keeps <paramref name="action"/> out of the feed.</summary>
    /// <param name="action">The action to check.</param>
    /// <returns>The reasons; empty when the action is exportable.</returns>
    public static IReadOnlyList<string> Verifier(ActionPubliee action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var c = new Constats();
        if (!Chiffres(action.Reference, 12, "20"))
        {
            c.Ajouter($"référence de l'action « {action.Reference} » : 12 chiffres commençant par 20 attendus (CAT-02)");
        }

        c.Texte(action.Intitule, "intitulé", 1, 255, "intitule-formation");
        c.Texte(action.Objectifs, "objectifs", 1, 3000, "objectif-formation");
        c.Texte(action.Programme, "programme", 1, 3000, "contenu-formation");
        c.Texte(action.Prerequis, "prérequis pédagogiques", 1, 3000, "conditions-specifiques");
        c.Texte(action.ConditionsAcces, "conditions d'accès réglementaires", 1, 3000, "conditions-specifiques");
        if (LheoWriter.LongueurConditionsSpecifiques(action) > 3000)
        {
            c.Ajouter("prérequis et conditions d'accès : 3000 caractères au plus ensemble (conditions-specifiques)");
        }

        c.Optionnel(action.PlusFormation, "le + de cette formation", 1, 3000, "extras");
        c.Optionnel(action.LienWeb, "lien web", 3, 400, "urlweb");
        if (action.Contacts.Count == 0)
        {
            c.Ajouter("contacts de l'action : au moins un contact attendu (contact-formation)");
        }

        foreach (var contact in action.Contacts)
        {
            c.Contact(contact, "contact de l'action");
        }

        if (action.Certifications.Count > 5)
        {
            c.Ajouter($"certifications : {action.Certifications.Count}, 5 au plus (CAT-05)");
        }

        foreach (var certification in action.Certifications)
        {
            c.Certification(certification);
        }

        if (action.CodesFormacode.Count > 5)
        {
            c.Ajouter($"codes Formacode : {action.CodesFormacode.Count}, 5 au plus (code-FORMACODE)");
        }

        foreach (var code in action.CodesFormacode)
        {
            if (!Chiffres(code, 5, string.Empty))
            {
                c.Ajouter($"code Formacode « {code} » : 5 chiffres attendus (code-FORMACODE)");
            }
        }

        if (action.Durees.Count == 0)
        {
            c.Ajouter("durées : au moins une modalité avec son nombre d'heures attendue (CAT-05)");
        }

        foreach (var duree in action.Durees.Where(d => d.Heures <= 0))
        {
            c.Ajouter($"durée « {LheoCodes.LibelleModalite(duree.Modalite)} » : {duree.Heures} h, un nombre d'heures positif attendu");
        }

        for (var i = 1; i < action.Durees.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (action.Durees[i].Modalite == action.Durees[j].Modalite)
                {
                    c.Ajouter($"durées : la modalité « {LheoCodes.LibelleModalite(action.Durees[i].Modalite)} » figure plusieurs fois");
                }
            }
        }

        c.Responsable(action.OrganismeResponsable);
        if (action.Sessions.Count == 0)
        {
            c.Ajouter("sessions : une action publiée a au moins une session (CAT-01)");
        }

        foreach (var session in action.Sessions)
        {
            c.Session(session);
        }

        return c.Liste;
    }

    internal static bool Chiffres(string? valeur, int longueur, string debut) =>
        valeur is not null && valeur.Length == longueur && valeur.StartsWith(debut, StringComparison.Ordinal) && valeur.All(char.IsAsciiDigit);

    private sealed class Constats
    {
        public List<string> Liste { get; } = [];

        public void Ajouter(string raison) => Liste.Add(raison);

        public void Texte(string? valeur, string champ, int min, int max, string element)
        {
            if (string.IsNullOrWhiteSpace(valeur))
            {
                Ajouter($"{champ} : obligatoire ({element})");
                return;
            }

            Optionnel(valeur, champ, min, max, element);
        }

        public void Optionnel(string? valeur, string champ, int min, int max, string element)
        {
            if (valeur is null)
            {
                return;
            }

            if (valeur.Length < min || valeur.Length > max)
            {
                Ajouter(min == max
                    ? $"{champ} « {valeur} » : {min} caractères attendus ({element})"
                    : $"{champ} : {valeur.Length} caractères, entre {min} et {max} attendus ({element})");
            }

            try
            {
                XmlConvert.VerifyXmlChars(valeur);
            }
            catch (XmlException)
            {
                Ajouter($"{champ} : contient un caractère interdit en XML ({element})");
            }
        }

        public void Contact(ContactOffre contact, string quoi)
        {
            Texte(contact.Nom, $"{quoi} : nom", 1, 50, "nom");
            Optionnel(contact.Civilite, $"{quoi} : civilité", 1, 50, "civilite");
            Optionnel(contact.Prenom, $"{quoi} : prénom", 1, 50, "prenom");
            Optionnel(contact.Telephone, $"{quoi} : téléphone", 1, 25, "numtel");
            Optionnel(contact.Courriel, $"{quoi} : courriel", 3, 160, "courriel");
        }

        public void Adresse(AdresseOffre adresse, string quoi)
        {
            Texte(adresse.Ligne, $"{quoi} : voie", 1, 50, "ligne");
            if (!Chiffres(adresse.CodePostal, 5, string.Empty))
            {
                Ajouter($"{quoi} : code postal « {adresse.CodePostal} », 5 chiffres attendus (codepostal)");
            }

            Texte(adresse.Ville, $"{quoi} : ville", 1, 50, "ville");
            Optionnel(adresse.Departement, $"{quoi} : département", 2, 3, "departement");
        }

        public void Certification(CertificationOffre certification)
        {
            if (certification.CodeRncp is null && certification.CodeRs is null && certification.CodeCertifInfo is null)
            {
                Ajouter("certification sans code RNCP, RS ni Certif Info (certification)");
            }

            Optionnel(certification.CodeRncp, "code RNCP", 1, 10, "code-RNCP");
            Optionnel(certification.CodeRs, "code RS", 3, 10, "code-RS");
            Optionnel(certification.CodeCertifInfo, "code Certif Info", 1, 10, "code-CERTIFINFO");
        }

        public void Responsable(OrganismeResponsable of)
        {
            if (!Chiffres(of.Siret, 14, string.Empty))
            {
                Ajouter($"organisme responsable : SIRET « {of.Siret} », 14 chiffres attendus (SIRET-organisme-formation)");
            }

            if (of.NumeroActivite is null)
            {
                Ajouter("organisme responsable : numéro de déclaration d'activité manquant, obligatoire en LHEO (numero-activite)");
            }
            else
            {
                Optionnel(of.NumeroActivite, "organisme responsable : numéro de déclaration d'activité", 11, 11, "numero-activite");
            }

            Texte(of.Nom, "organisme responsable : nom", 1, 250, "nom-organisme");
            Texte(of.RaisonSociale, "organisme responsable : raison sociale", 1, 250, "raison-sociale");
            Adresse(of.Adresse, "organisme responsable : adresse");
            Optionnel(of.Telephone, "organisme responsable : téléphone", 1, 25, "numtel");
            Optionnel(of.Courriel, "organisme responsable : courriel", 3, 160, "courriel");
            Optionnel(of.SiteWeb, "organisme responsable : site web", 3, 400, "urlweb");
        }

        public void Session(SessionPubliee session)
        {
            var quoi = $"session {session.Reference}";
            if (!Chiffres(session.Reference, 8, "00"))
            {
                Ajouter($"{quoi} : référence à 8 chiffres commençant par 00 attendue (CAT-02)");
            }

            if (session.Fin < session.Debut)
            {
                Ajouter($"{quoi} : la fin ({session.Fin:dd/MM/yyyy}) précède le début ({session.Debut:dd/MM/yyyy}) (periode)");
            }

            if (!Chiffres(session.OrganismeFormateur.Siret, 14, string.Empty))
            {
                Ajouter($"{quoi} : SIRET de l'organisme formateur « {session.OrganismeFormateur.Siret} », 14 chiffres attendus (SIRET-formateur)");
            }

            Texte(session.OrganismeFormateur.RaisonSociale, $"{quoi} : raison sociale de l'organisme formateur", 1, 250, "raison-sociale-formateur");
            if (session.Contact is { } contact)
            {
                Contact(contact, $"{quoi} : contact");
            }

            if (session.Certifications.Count > 5)
            {
                Ajouter($"{quoi} : {session.Certifications.Count} certifications visées, 5 au plus (reference-certification)");
            }

            foreach (var visee in session.Certifications)
            {
                Certification(visee.Certification);
                foreach (var bloc in visee.Blocs)
                {
                    Texte(bloc.Code, $"{quoi} : code de bloc", 1, 40, "extras");
                    Texte(bloc.Libelle, $"{quoi} : libellé de bloc", 1, 500, "extras");
                }
            }

            Optionnel(session.Commentaire, $"{quoi} : commentaire", 1, 3000, "extras");
            Adresse(session.LieuFormation, $"{quoi} : lieu de formation");
            if (session.InformationCollective is { } information)
            {
                if (information.Dates.Count > 3)
                {
                    Ajouter($"{quoi} : {information.Dates.Count} dates d'information collective, 3 au plus (date-information)");
                }

                if (information.Lieu is { } lieu)
                {
                    Adresse(lieu, $"{quoi} : lieu d'information collective");
                }
            }

            if (session.Financement is { } f)
            {
                Texte(f.Financeur.Nom, $"{quoi} : financeur", 1, 250, "extras");
                Texte(f.Dispositif, $"{quoi} : dispositif", 1, 100, "extras");
                Texte(f.Mesure, $"{quoi} : mesure", 1, 100, "extras");
                Optionnel(f.NumeroMarche, $"{quoi} : numéro de marché", 1, 100, "extras");
            }
        }
    }
}
