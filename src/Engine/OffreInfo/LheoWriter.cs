using System.Text;
using System.Xml;
using static Rafael.Engine.OffreInfo.LheoCodes;

namespace Rafael.Engine.OffreInfo;

/// <summary>
/// Writes an LHEO 2.3 document element by element on an <see cref="XmlWriter"/>, one formation at a time, in the
/// schema's order (docs/lheo-mapping.md). It trusts its input: <see cref="LheoExporter"/> checks each action with
/// <see cref="LheoControle"/> first and never hands it one that would make the document invalid.
/// </summary>
public sealed class LheoWriter : IDisposable
{
    /// <summary>The LHEO 2.3 namespace.</summary>
    public const string Namespace = Ns;

    private static readonly XmlWriterSettings Reglages = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = " ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    private readonly XmlWriter _xml;

    /// <summary>Opens a writer on <paramref name="sortie"/>, which it does not close.</summary>
    /// <param name="sortie">Where the document goes.</param>
    public LheoWriter(Stream sortie)
    {
        _xml = XmlWriter.Create(sortie, Reglages);
    }

    /// <summary>Writes the XML declaration, <c>lheo</c> and <c>offres</c>.</summary>
    /// <param name="horodatage">The export's instant (<c>horodatage-export</c>).</param>
    public void EcrireDebut(DateTimeOffset horodatage)
    {
        _xml.WriteStartDocument();
        _xml.WriteStartElement("lheo", Ns);
        _xml.WriteAttributeString("horodatage-export", Instant(horodatage));
        _xml.WriteStartElement("offres", Ns);
    }

    /// <summary>Closes <c>offres</c>, writes the feed's own extras and closes the document.</summary>
    /// <param name="depuis">For a feed of changes, the instant it starts from.</param>
    public void EcrireFin(DateTimeOffset? depuis)
    {
        _xml.WriteEndElement();
        if (depuis is { } d)
        {
            DebutExtras();
            Extra("depuis", Instant(d));
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
    }

    /// <summary>Pushes what is buffered to the stream.</summary>
    public void Flush() => _xml.Flush();

    /// <summary>Writes one <c>formation</c>: the action, one LHEO <c>action</c> per session, the responsible organisation.</summary>
    /// <param name="action">A checked action.</param>
    /// <param name="aujourdhui">Today, in France, for <c>etat-recrutement</c>.</param>
    public void EcrireFormation(ActionPubliee action, DateOnly aujourdhui)
    {
        ArgumentNullException.ThrowIfNull(action);
        _xml.WriteStartElement("formation", Ns);
        Reperes(action.Reference, action.CreeLe, action.ModifieLe);

        _xml.WriteStartElement("domaine-formation", Ns);
        foreach (var code in action.CodesFormacode)
        {
            Element("code-FORMACODE", code);
        }

        _xml.WriteEndElement();
        Element("intitule-formation", action.Intitule);
        Element("objectif-formation", action.Objectifs);
        Element("resultats-attendus", ResultatsAttendus(action.Validation));
        Element("contenu-formation", action.Programme);
        Element("certifiante", action.Validation == ValidationFormation.AttestationFinFormation ? "0" : "1");
        foreach (var contact in action.Contacts)
        {
            Contact("contact-formation", contact);
        }

        Element("parcours-de-formation", Parcours(action.Sessions));
        Element("code-niveau-entree", "0");
        Element("objectif-general-formation", ObjectifGeneral(action.ObjectifGeneral));
        foreach (var certification in action.Certifications)
        {
            _xml.WriteStartElement("certification", Ns);
            ElementSiPresent("code-RNCP", certification.CodeRncp);
            ElementSiPresent("code-CERTIFINFO", certification.CodeCertifInfo);
            ElementSiPresent("code-RS", certification.CodeRs);
            _xml.WriteEndElement();
        }

        if (action.LienWeb is { } lien)
        {
            _xml.WriteStartElement("url-formation", Ns);
            Element("urlweb", lien);
            _xml.WriteEndElement();
        }

        // Derived texts are the same for every session of the action: computed once.
        var derives = new Derives(Rythme(action.Durees), Enseignement(action.Durees), ConditionsSpecifiques(action), Nombre(action.Durees.Sum(d => d.Heures)));
        foreach (var session in action.Sessions)
        {
            EcrireAction(action, session, derives, aujourdhui);
        }

        EcrireResponsable(action);

        DebutExtras();
        Extra("validation", Validation(action.Validation));
        ExtraSiPresent("plus-formation", action.PlusFormation);
        Extra("prerequis", action.Prerequis);
        Extra("conditions-acces", action.ConditionsAcces);
        foreach (var duree in action.Durees)
        {
            _xml.WriteStartElement("extra", Ns);
            _xml.WriteAttributeString("info", "duree");
            _xml.WriteAttributeString("ref", Modalite(duree.Modalite));
            _xml.WriteString(Nombre(duree.Heures));
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <inheritdoc />
    public void Dispose() => _xml.Dispose();

    private void EcrireAction(ActionPubliee action, SessionPubliee session, Derives derives, DateOnly aujourdhui)
    {
        var financement = session.Financement;
        _xml.WriteStartElement("action", Ns);
        Reperes(session.Reference, session.CreeLe, session.ModifieLe);
        Element("rythme-formation", derives.Rythme);
        _xml.WriteStartElement("code-public-vise", Ns);
        _xml.WriteAttributeString("ref", VersionFormacodePublic);
        _xml.WriteString(PublicVise(session.VoieAcces, financement is not null));
        _xml.WriteEndElement();
        Element("niveau-entree-obligatoire", "0");
        Element("modalites-alternance", ModalitesAlternance(session.VoieAcces));
        Element("modalites-enseignement", derives.Enseignement);
        Element("conditions-specifiques", derives.Conditions);
        Element("prise-en-charge-frais-possible", financement is null ? "0" : "1");
        _xml.WriteStartElement("lieu-de-formation", Ns);
        _xml.WriteStartElement("coordonnees", Ns);
        Adresse(session.LieuFormation);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        Element("modalites-entrees-sorties", session.TypeEntree == TypeEntree.DatesFixes ? "0" : "1");
        EcrireSession(action, session, aujourdhui);

        if (session.InformationCollective is { } information)
        {
            if (information.Lieu is { } lieu)
            {
                _xml.WriteStartElement("adresse-information", Ns);
                Adresse(lieu);
                _xml.WriteEndElement();
            }

            foreach (var date in information.Dates)
            {
                _xml.WriteStartElement("date-information", Ns);
                Element("date", Date(date));
                _xml.WriteEndElement();
            }
        }

        Element("nombre-heures-total", derives.HeuresTotales);
        Element("conventionnement", action.Conventionnee ? "1" : "0");
        _xml.WriteStartElement("organisme-formateur", Ns);
        _xml.WriteStartElement("SIRET-formateur", Ns);
        Element("SIRET", session.OrganismeFormateur.Siret);
        _xml.WriteEndElement();
        Element("raison-sociale-formateur", session.OrganismeFormateur.RaisonSociale);
        _xml.WriteEndElement();
        if (financement is not null)
        {
            _xml.WriteStartElement("organisme-financeur", Ns);
            Element("code-financeur", CodeFinanceur(financement.Financeur.Type));
            if (financement.EffectifVise is { } places)
            {
                Element("nb-places-financees", Nombre(places));
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
    }

    private void EcrireSession(ActionPubliee action, SessionPubliee session, DateOnly aujourdhui)
    {
        _xml.WriteStartElement("session", Ns);
        Reperes(session.Reference, session.CreeLe, session.ModifieLe);
        _xml.WriteStartElement("periode", Ns);
        Element("debut", Date(session.Debut));
        Element("fin", Date(session.Fin));
        _xml.WriteEndElement();
        _xml.WriteStartElement("adresse-inscription", Ns);
        Adresse(action.OrganismeResponsable.Adresse);
        _xml.WriteEndElement();
        Element("etat-recrutement", EtatRecrutement(session, aujourdhui));
        if (session.Contact is { } contact)
        {
            Contact("contact-session", contact);
        }

        foreach (var visee in session.Certifications)
        {
            _xml.WriteStartElement("reference-certification", Ns);
            ElementSiPresent("reference-code-RNCP", visee.Certification.CodeRncp);
            ElementSiPresent("reference-code-CERTIFINFO", visee.Certification.CodeCertifInfo);
            ElementSiPresent("reference-code-RS", visee.Certification.CodeRs);
            _xml.WriteEndElement();
        }

        DebutExtras();
        Extra("voie-acces", Voie(session.VoieAcces));
        Extra("formation-continue-hors-alternance", session.FormationContinueHorsAlternance ? "1" : "0");
        Extra("type-entree", Entree(session.TypeEntree));
        ExtraSiPresent("commentaire", session.Commentaire);
        if (session.Financement is { } f)
        {
            Extra("financeur", f.Financeur.Nom);
            Extra("dispositif", f.Dispositif);
            Extra("mesure", f.Mesure);
            ExtraSiPresent("numero-marche", f.NumeroMarche);
            ExtraSiPresent("effectif-minimal", f.EffectifMinimal is { } min ? Nombre(min) : null);
            ExtraSiPresent("capacite-accueil", f.CapaciteAccueil is { } cap ? Nombre(cap) : null);
            ExtraSiPresent("coefficient", f.Coefficient is { } coef ? Nombre(coef) : null);
            ExtraSiPresent("date-limite-inscription", f.DateLimiteInscription is { } dli ? Date(dli) : null);
            ExtraSiPresent("date-limite-entree-tardive", f.DateLimiteEntreeTardive is { } det ? Date(det) : null);
            ExtraSiPresent("ratio-suite-parcours", f.RatioSuiteParcours is { } ratio ? Nombre(ratio) : null);
        }

        for (var i = 0; i < session.Certifications.Count; i++)
        {
            var visee = session.Certifications[i];
            _xml.WriteStartElement("extras", Ns);
            _xml.WriteAttributeString("info", "certification");
            _xml.WriteAttributeString("numero", Nombre(i + 1));
            Extra("type-validation", TypeValidation(visee.TypeValidation));
            foreach (var bloc in visee.Blocs)
            {
                _xml.WriteStartElement("extra", Ns);
                _xml.WriteAttributeString("info", "bloc");
                _xml.WriteAttributeString("ref", bloc.Code);
                _xml.WriteString(bloc.Libelle);
                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void EcrireResponsable(ActionPubliee action)
    {
        var of = action.OrganismeResponsable;
        _xml.WriteStartElement("organisme-formation-responsable", Ns);
        Element("numero-activite", of.NumeroActivite!);
        _xml.WriteStartElement("SIRET-organisme-formation", Ns);
        Element("SIRET", of.Siret);
        _xml.WriteEndElement();
        Element("nom-organisme", of.Nom);
        Element("raison-sociale", of.RaisonSociale);
        _xml.WriteStartElement("coordonnees-organisme", Ns);
        _xml.WriteStartElement("coordonnees", Ns);
        Adresse(of.Adresse);
        Telephone(of.Telephone);
        ElementSiPresent("courriel", of.Courriel);
        if (of.SiteWeb is { } web)
        {
            _xml.WriteStartElement("web", Ns);
            Element("urlweb", web);
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
        foreach (var contact in action.Contacts)
        {
            Contact("contact-organisme", contact);
        }

        _xml.WriteEndElement();
    }

    private void Reperes(string numero, DateTimeOffset creeLe, DateTimeOffset modifieLe)
    {
        _xml.WriteAttributeString("numero", numero);
        _xml.WriteAttributeString("datecrea", Date(DateOnly.FromDateTime(creeLe.UtcDateTime)));
        _xml.WriteAttributeString("datemaj", Date(DateOnly.FromDateTime(modifieLe.UtcDateTime)));
        _xml.WriteAttributeString("horodatage-creation", Instant(creeLe));
        _xml.WriteAttributeString("horodatage-modification", Instant(modifieLe));
    }

    private void Contact(string nom, ContactOffre contact)
    {
        _xml.WriteStartElement(nom, Ns);
        _xml.WriteStartElement("coordonnees", Ns);
        ElementSiPresent("civilite", contact.Civilite);
        Element("nom", contact.Nom);
        ElementSiPresent("prenom", contact.Prenom);
        Telephone(contact.Telephone);
        ElementSiPresent("courriel", contact.Courriel);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void Adresse(AdresseOffre adresse)
    {
        _xml.WriteStartElement("adresse", Ns);
        Element("ligne", adresse.Ligne);
        Element("codepostal", adresse.CodePostal);
        Element("ville", adresse.Ville);
        ElementSiPresent("departement", adresse.Departement);
        _xml.WriteEndElement();
    }

    private void Telephone(string? numero)
    {
        if (numero is null)
        {
            return;
        }

        _xml.WriteStartElement("telfixe", Ns);
        Element("numtel", numero);
        _xml.WriteEndElement();
    }

    private void DebutExtras()
    {
        _xml.WriteStartElement("extras", Ns);
        _xml.WriteAttributeString("info", "rafael");
    }

    private void Extra(string cle, string valeur)
    {
        _xml.WriteStartElement("extra", Ns);
        _xml.WriteAttributeString("info", cle);
        _xml.WriteString(valeur);
        _xml.WriteEndElement();
    }

    private void ExtraSiPresent(string cle, string? valeur)
    {
        if (valeur is not null)
        {
            Extra(cle, valeur);
        }
    }

    private void Element(string nom, string valeur) => _xml.WriteElementString(nom, Ns, valeur);

    private void ElementSiPresent(string nom, string? valeur)
    {
        if (valeur is not null)
        {
            _xml.WriteElementString(nom, Ns, valeur);
        }
    }

    private const string EnTetePrerequis = "Prérequis pédagogiques : ";
    private const string EnTeteConditions = "\nConditions d'accès réglementaires : ";

    internal static string ConditionsSpecifiques(ActionPubliee action) =>
        string.Concat(EnTetePrerequis, action.Prerequis, EnTeteConditions, action.ConditionsAcces);

    internal static int LongueurConditionsSpecifiques(ActionPubliee action) =>
        EnTetePrerequis.Length + (action.Prerequis?.Length ?? 0) + EnTeteConditions.Length + (action.ConditionsAcces?.Length ?? 0);

    internal static string Rythme(IReadOnlyList<DureeModalite> durees)
    {
        var texte = new StringBuilder();
        foreach (var duree in durees)
        {
            if (texte.Length > 0)
            {
                texte.Append(", ");
            }

            texte.Append(LibelleModalite(duree.Modalite)).Append(" : ").Append(Nombre(duree.Heures)).Append(" h");
        }

        return texte.ToString();
    }

    private static string Enseignement(IReadOnlyList<DureeModalite> durees)
    {
        var distance = false;
        var presence = false;
        foreach (var duree in durees)
        {
            if (duree.Modalite == ModaliteDuree.Foad)
            {
                distance = true;
            }
            else
            {
                presence = true;
            }
        }

        return distance ? (presence ? "1" : "2") : "0";
    }

    private static string Parcours(IReadOnlyList<SessionPubliee> sessions)
    {
        var fixes = sessions.Count(s => s.TypeEntree == TypeEntree.DatesFixes);
        return fixes == sessions.Count ? "1" : fixes == 0 ? "2" : "4";
    }

    private sealed record Derives(string Rythme, string Enseignement, string Conditions, string HeuresTotales);

    private static string EtatRecrutement(SessionPubliee session, DateOnly aujourdhui)
    {
        var limite = session.Financement?.DateLimiteInscription ?? session.Fin;
        return aujourdhui <= limite ? "1" : "2";
    }
}
