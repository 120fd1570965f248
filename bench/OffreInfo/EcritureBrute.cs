using System.Globalization;
using System.Text;
using System.Xml;
using Rafael.Engine.OffreInfo;

namespace Rafael.Bench.OffreInfo;

/// <summary>
/// The baseline: one flat loop over the rows calling XmlWriter directly, synchronously, on the output, with no
/// check, no buffer and no abstraction, writing the very same elements (the benchmark compares both documents' hashes).
/// </summary>
public static class EcritureBrute
{
    private const string N = "http://lheo.gouv.fr/2.3";
    private static readonly CultureInfo I = CultureInfo.InvariantCulture;

    public static void Ecrire(IReadOnlyList<ActionPubliee> actions, Stream sortie, DateTimeOffset horodatage, DateOnly aujourdhui)
    {
        var reglages = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = " ", NewLineChars = "\n", CloseOutput = false };
        using var w = XmlWriter.Create(sortie, reglages);
        w.WriteStartDocument();
        w.WriteStartElement("lheo", N);
        w.WriteAttributeString("horodatage-export", Instant(horodatage));
        w.WriteStartElement("offres", N);
        foreach (var a in actions)
        {
            w.WriteStartElement("formation", N);
            Reperes(w, a.Reference, a.CreeLe, a.ModifieLe);
            w.WriteStartElement("domaine-formation", N);
            foreach (var code in a.CodesFormacode)
            {
                w.WriteElementString("code-FORMACODE", N, code);
            }

            w.WriteEndElement();
            w.WriteElementString("intitule-formation", N, a.Intitule);
            w.WriteElementString("objectif-formation", N, a.Objectifs);
            w.WriteElementString("resultats-attendus", N, a.Validation switch
            {
                ValidationFormation.CertificationRncp => "Diplôme ou certification inscrit(e) au RNCP",
                ValidationFormation.AutreCertification => "Autre diplôme, certificat ou habilitation (répertoire spécifique)",
                _ => "Attestation de fin de formation",
            });
            w.WriteElementString("contenu-formation", N, a.Programme);
            w.WriteElementString("certifiante", N, a.Validation == ValidationFormation.AttestationFinFormation ? "0" : "1");
            foreach (var c in a.Contacts)
            {
                Contact(w, "contact-formation", c);
            }

            var fixes = a.Sessions.Count(s => s.TypeEntree == TypeEntree.DatesFixes);
            w.WriteElementString("parcours-de-formation", N, fixes == a.Sessions.Count ? "1" : fixes == 0 ? "2" : "4");
            w.WriteElementString("code-niveau-entree", N, "0");
            w.WriteElementString("objectif-general-formation", N, a.ObjectifGeneral switch
            {
                ObjectifGeneral.Certification => "6",
                ObjectifGeneral.Professionnalisation => "7",
                ObjectifGeneral.PreparationQualification => "8",
                ObjectifGeneral.RemiseANiveau => "5",
                ObjectifGeneral.Remobilisation => "9",
                _ => "3",
            });
            foreach (var c in a.Certifications)
            {
                w.WriteStartElement("certification", N);
                if (c.CodeRncp is not null) w.WriteElementString("code-RNCP", N, c.CodeRncp);
                if (c.CodeCertifInfo is not null) w.WriteElementString("code-CERTIFINFO", N, c.CodeCertifInfo);
                if (c.CodeRs is not null) w.WriteElementString("code-RS", N, c.CodeRs);
                w.WriteEndElement();
            }

            if (a.LienWeb is not null)
            {
                w.WriteStartElement("url-formation", N);
                w.WriteElementString("urlweb", N, a.LienWeb);
                w.WriteEndElement();
            }

            var rythme = string.Join(", ", a.Durees.Select(d => $"{Libelle(d.Modalite)} : {d.Heures.ToString(I)} h"));
            var distance = a.Durees.Any(d => d.Modalite == ModaliteDuree.Foad);
            var presence = a.Durees.Any(d => d.Modalite != ModaliteDuree.Foad);
            var conditions = $"Prérequis pédagogiques : {a.Prerequis}\nConditions d'accès réglementaires : {a.ConditionsAcces}";
            foreach (var s in a.Sessions)
            {
                var f = s.Financement;
                w.WriteStartElement("action", N);
                Reperes(w, s.Reference, s.CreeLe, s.ModifieLe);
                w.WriteElementString("rythme-formation", N, rythme);
                w.WriteStartElement("code-public-vise", N);
                w.WriteAttributeString("ref", "V10");
                w.WriteString(s.VoieAcces switch
                {
                    VoieAcces.ContratApprentissage => "82027",
                    VoieAcces.ContratProfessionnalisation => "82029",
                    _ => f is not null ? "80006" : "83056",
                });
                w.WriteEndElement();
                w.WriteElementString("niveau-entree-obligatoire", N, "0");
                w.WriteElementString("modalites-alternance", N, s.VoieAcces switch
                {
                    VoieAcces.ContratProfessionnalisation => "Contrat de professionnalisation : alternance entre centre de formation et entreprise",
                    VoieAcces.ContratApprentissage => "Contrat d'apprentissage : alternance entre centre de formation et entreprise",
                    _ => "Formation continue, sans alternance",
                });
                w.WriteElementString("modalites-enseignement", N, distance ? (presence ? "1" : "2") : "0");
                w.WriteElementString("conditions-specifiques", N, conditions);
                w.WriteElementString("prise-en-charge-frais-possible", N, f is null ? "0" : "1");
                w.WriteStartElement("lieu-de-formation", N);
                w.WriteStartElement("coordonnees", N);
                Adresse(w, s.LieuFormation);
                w.WriteEndElement();
                w.WriteEndElement();
                w.WriteElementString("modalites-entrees-sorties", N, s.TypeEntree == TypeEntree.DatesFixes ? "0" : "1");

                w.WriteStartElement("session", N);
                Reperes(w, s.Reference, s.CreeLe, s.ModifieLe);
                w.WriteStartElement("periode", N);
                w.WriteElementString("debut", N, Date(s.Debut));
                w.WriteElementString("fin", N, Date(s.Fin));
                w.WriteEndElement();
                w.WriteStartElement("adresse-inscription", N);
                Adresse(w, a.OrganismeResponsable.Adresse);
                w.WriteEndElement();
                w.WriteElementString("etat-recrutement", N, aujourdhui <= (f?.DateLimiteInscription ?? s.Fin) ? "1" : "2");
                if (s.Contact is not null)
                {
                    Contact(w, "contact-session", s.Contact);
                }

                foreach (var v in s.Certifications)
                {
                    w.WriteStartElement("reference-certification", N);
                    if (v.Certification.CodeRncp is not null) w.WriteElementString("reference-code-RNCP", N, v.Certification.CodeRncp);
                    if (v.Certification.CodeCertifInfo is not null) w.WriteElementString("reference-code-CERTIFINFO", N, v.Certification.CodeCertifInfo);
                    if (v.Certification.CodeRs is not null) w.WriteElementString("reference-code-RS", N, v.Certification.CodeRs);
                    w.WriteEndElement();
                }

                w.WriteStartElement("extras", N);
                w.WriteAttributeString("info", "rafael");
                Extra(w, "voie-acces", s.VoieAcces switch
                {
                    VoieAcces.ContratProfessionnalisation => "contrat-professionnalisation",
                    VoieAcces.ContratApprentissage => "contrat-apprentissage",
                    _ => "formation-continue",
                });
                Extra(w, "formation-continue-hors-alternance", s.FormationContinueHorsAlternance ? "1" : "0");
                Extra(w, "type-entree", s.TypeEntree switch
                {
                    TypeEntree.EntreesSortiesPermanentes => "entrees-sorties-permanentes",
                    TypeEntree.EntreesSortiesSequencees => "entrees-sorties-sequencees",
                    _ => "dates-fixes",
                });
                if (s.Commentaire is not null) Extra(w, "commentaire", s.Commentaire);
                if (f is not null)
                {
                    Extra(w, "financeur", f.Financeur.Nom);
                    Extra(w, "dispositif", f.Dispositif);
                    Extra(w, "mesure", f.Mesure);
                    if (f.NumeroMarche is not null) Extra(w, "numero-marche", f.NumeroMarche);
                    if (f.EffectifMinimal is { } min) Extra(w, "effectif-minimal", min.ToString(I));
                    if (f.CapaciteAccueil is { } cap) Extra(w, "capacite-accueil", cap.ToString(I));
                    if (f.Coefficient is { } coef) Extra(w, "coefficient", coef.ToString(I));
                    if (f.DateLimiteInscription is { } dli) Extra(w, "date-limite-inscription", Date(dli));
                    if (f.DateLimiteEntreeTardive is { } det) Extra(w, "date-limite-entree-tardive", Date(det));
                    if (f.RatioSuiteParcours is { } ratio) Extra(w, "ratio-suite-parcours", ratio.ToString(I));
                }

                for (var i = 0; i < s.Certifications.Count; i++)
                {
                    w.WriteStartElement("extras", N);
                    w.WriteAttributeString("info", "certification");
                    w.WriteAttributeString("numero", (i + 1).ToString(I));
                    Extra(w, "type-validation", s.Certifications[i].TypeValidation switch
                    {
                        TypeValidationCertification.Partielle => "partielle",
                        TypeValidationCertification.Mixte => "mixte",
                        _ => "totale",
                    });
                    foreach (var b in s.Certifications[i].Blocs)
                    {
                        w.WriteStartElement("extra", N);
                        w.WriteAttributeString("info", "bloc");
                        w.WriteAttributeString("ref", b.Code);
                        w.WriteString(b.Libelle);
                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                }

                w.WriteEndElement();
                w.WriteEndElement();

                if (s.InformationCollective is { } ic)
                {
                    if (ic.Lieu is not null)
                    {
                        w.WriteStartElement("adresse-information", N);
                        Adresse(w, ic.Lieu);
                        w.WriteEndElement();
                    }

                    foreach (var d in ic.Dates)
                    {
                        w.WriteStartElement("date-information", N);
                        w.WriteElementString("date", N, Date(d));
                        w.WriteEndElement();
                    }
                }

                w.WriteElementString("nombre-heures-total", N, a.Durees.Sum(d => d.Heures).ToString(I));
                w.WriteElementString("conventionnement", N, a.Conventionnee ? "1" : "0");
                w.WriteStartElement("organisme-formateur", N);
                w.WriteStartElement("SIRET-formateur", N);
                w.WriteElementString("SIRET", N, s.OrganismeFormateur.Siret);
                w.WriteEndElement();
                w.WriteElementString("raison-sociale-formateur", N, s.OrganismeFormateur.RaisonSociale);
                w.WriteEndElement();
                if (f is not null)
                {
                    w.WriteStartElement("organisme-financeur", N);
                    w.WriteElementString("code-financeur", N, f.Financeur.Type switch
                    {
                        TypeFinanceur.Region => "2",
                        TypeFinanceur.FranceTravail => "4",
                        TypeFinanceur.EtatEmploi => "11",
                        TypeFinanceur.EtatAutre => "13",
                        TypeFinanceur.Opco => "16",
                        TypeFinanceur.Departement => "8",
                        TypeFinanceur.Commune => "9",
                        TypeFinanceur.Agefiph => "7",
                        TypeFinanceur.Fse => "3",
                        TypeFinanceur.Entreprise => "5",
                        TypeFinanceur.Beneficiaire => "10",
                        _ => "0",
                    });
                    if (f.EffectifVise is { } places) w.WriteElementString("nb-places-financees", N, places.ToString(I));
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            var of = a.OrganismeResponsable;
            w.WriteStartElement("organisme-formation-responsable", N);
            w.WriteElementString("numero-activite", N, of.NumeroActivite);
            w.WriteStartElement("SIRET-organisme-formation", N);
            w.WriteElementString("SIRET", N, of.Siret);
            w.WriteEndElement();
            w.WriteElementString("nom-organisme", N, of.Nom);
            w.WriteElementString("raison-sociale", N, of.RaisonSociale);
            w.WriteStartElement("coordonnees-organisme", N);
            w.WriteStartElement("coordonnees", N);
            Adresse(w, of.Adresse);
            Telephone(w, of.Telephone);
            if (of.Courriel is not null) w.WriteElementString("courriel", N, of.Courriel);
            if (of.SiteWeb is not null)
            {
                w.WriteStartElement("web", N);
                w.WriteElementString("urlweb", N, of.SiteWeb);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
            foreach (var c in a.Contacts)
            {
                Contact(w, "contact-organisme", c);
            }

            w.WriteEndElement();

            w.WriteStartElement("extras", N);
            w.WriteAttributeString("info", "rafael");
            Extra(w, "validation", a.Validation switch
            {
                ValidationFormation.CertificationRncp => "rncp",
                ValidationFormation.AutreCertification => "rs",
                _ => "attestation",
            });
            if (a.PlusFormation is not null) Extra(w, "plus-formation", a.PlusFormation);
            Extra(w, "prerequis", a.Prerequis);
            Extra(w, "conditions-acces", a.ConditionsAcces);
            foreach (var d in a.Durees)
            {
                w.WriteStartElement("extra", N);
                w.WriteAttributeString("info", "duree");
                w.WriteAttributeString("ref", d.Modalite switch
                {
                    ModaliteDuree.CoursDuSoir => "cours-du-soir",
                    ModaliteDuree.CoursWeekEnd => "cours-week-end",
                    ModaliteDuree.Foad => "foad",
                    _ => "cours-du-jour",
                });
                w.WriteString(d.Heures.ToString(I));
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string Libelle(ModaliteDuree m) => m switch
    {
        ModaliteDuree.CoursDuSoir => "Cours du soir",
        ModaliteDuree.CoursWeekEnd => "Cours le week-end",
        ModaliteDuree.Foad => "Formation à distance (FOAD)",
        _ => "Cours du jour",
    };

    private static void Reperes(XmlWriter w, string numero, DateTimeOffset creeLe, DateTimeOffset modifieLe)
    {
        w.WriteAttributeString("numero", numero);
        w.WriteAttributeString("datecrea", creeLe.UtcDateTime.ToString("yyyyMMdd", I));
        w.WriteAttributeString("datemaj", modifieLe.UtcDateTime.ToString("yyyyMMdd", I));
        w.WriteAttributeString("horodatage-creation", Instant(creeLe));
        w.WriteAttributeString("horodatage-modification", Instant(modifieLe));
    }

    private static void Contact(XmlWriter w, string nom, ContactOffre c)
    {
        w.WriteStartElement(nom, N);
        w.WriteStartElement("coordonnees", N);
        if (c.Civilite is not null) w.WriteElementString("civilite", N, c.Civilite);
        w.WriteElementString("nom", N, c.Nom);
        if (c.Prenom is not null) w.WriteElementString("prenom", N, c.Prenom);
        Telephone(w, c.Telephone);
        if (c.Courriel is not null) w.WriteElementString("courriel", N, c.Courriel);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Adresse(XmlWriter w, AdresseOffre a)
    {
        w.WriteStartElement("adresse", N);
        w.WriteElementString("ligne", N, a.Ligne);
        w.WriteElementString("codepostal", N, a.CodePostal);
        w.WriteElementString("ville", N, a.Ville);
        if (a.Departement is not null) w.WriteElementString("departement", N, a.Departement);
        w.WriteEndElement();
    }

    private static void Telephone(XmlWriter w, string? numero)
    {
        if (numero is null)
        {
            return;
        }

        w.WriteStartElement("telfixe", N);
        w.WriteElementString("numtel", N, numero);
        w.WriteEndElement();
    }

    private static void Extra(XmlWriter w, string cle, string valeur)
    {
        w.WriteStartElement("extra", N);
        w.WriteAttributeString("info", cle);
        w.WriteString(valeur);
        w.WriteEndElement();
    }

    private static string Date(DateOnly d) => d.ToString("yyyyMMdd", I);

    private static string Instant(DateTimeOffset i) => i.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", I);
}
