using System.Globalization;
using System.Xml.Linq;
using static Rafael.Engine.OffreInfo.LheoCodes;

namespace Rafael.Engine.OffreInfo;

/// <summary>Turns one LHEO <c>formation</c> element into an <see cref="ActionPubliee"/> (the inverse of <see cref="LheoWriter"/>).</summary>
internal static class LheoLecture
{
    private static readonly XNamespace N = Ns;

    public static ActionPubliee Action(XElement f)
    {
        var extras = Extras(f);
        var actions = f.Elements(N + "action").ToList();
        var premiere = actions.FirstOrDefault();
        var responsable = Responsable(f.Element(N + "organisme-formation-responsable"));
        var creeLe = Instant(f, "horodatage-creation", "datecrea");
        var modifieLe = Instant(f, "horodatage-modification", "datemaj");
        var certifications = f.Elements(N + "certification").Select(Certification).ToList();

        var durees = extras.Where(e => Info(e) == "duree")
            .Select(e => ModaliteDe((string?)e.Attribute("ref")) is { } m ? new DureeModalite(m, Entier(e.Value) ?? 0) : null)
            .OfType<DureeModalite>()
            .ToList();
        if (durees.Count == 0 && Entier(Texte(premiere, "nombre-heures-total")) is { } total)
        {
            durees.Add(new DureeModalite(ModaliteDuree.CoursDuJour, total));
        }

        var validation = ValidationDe(Extra(extras, "validation")) ?? ValidationDeduite(certifications, Texte(f, "certifiante"));
        var sessions = actions.SelectMany(a => a.Elements(N + "session").Select(s => Session(a, s, responsable, creeLe, modifieLe))).ToList();

        return new ActionPubliee(
            Reference: (string?)f.Attribute("numero") ?? string.Empty,
            OrganismeResponsable: responsable,
            Contacts: f.Elements(N + "contact-formation").Select(c => Contact(c)!).ToList(),
            Intitule: Texte(f, "intitule-formation") ?? string.Empty,
            PlusFormation: Extra(extras, "plus-formation"),
            LienWeb: f.Element(N + "url-formation")?.Element(N + "urlweb")?.Value,
            ObjectifGeneral: ObjectifGeneralDe(Texte(f, "objectif-general-formation")),
            Objectifs: Texte(f, "objectif-formation") ?? string.Empty,
            Programme: Texte(f, "contenu-formation") ?? string.Empty,
            Validation: validation,
            Certifications: certifications,
            Durees: durees,
            ConditionsAcces: Extra(extras, "conditions-acces") ?? "RAS",
            Prerequis: Extra(extras, "prerequis") ?? Texte(premiere, "conditions-specifiques") ?? string.Empty,
            Conventionnee: Texte(premiere, "conventionnement") == "1",
            CodesFormacode: f.Element(N + "domaine-formation")?.Elements(N + "code-FORMACODE").Select(e => e.Value).ToList() ?? [],
            Sessions: sessions,
            CreeLe: creeLe,
            ModifieLe: modifieLe);
    }

    private static SessionPubliee Session(XElement a, XElement s, OrganismeResponsable responsable, DateTimeOffset creeLe, DateTimeOffset modifieLe)
    {
        var extras = Extras(s);
        var formateur = a.Element(N + "organisme-formateur");
        var periode = s.Element(N + "periode");
        var lieux = a.Element(N + "lieu-de-formation")?.Element(N + "coordonnees")?.Element(N + "adresse");
        var dates = a.Elements(N + "date-information").Select(d => DateDe(d.Element(N + "date")!.Value)).ToList();
        var lieuInformation = a.Element(N + "adresse-information")?.Element(N + "adresse");
        var certificationsExtras = s.Elements(N + "extras").Elements(N + "extras").Where(e => Info(e) == "certification").ToList();
        var certifications = s.Elements(N + "reference-certification").Select((r, i) =>
        {
            var detail = certificationsExtras.FirstOrDefault(e => (string?)e.Attribute("numero") == (i + 1).ToString(CultureInfo.InvariantCulture));
            var blocs = detail?.Elements(N + "extra").Where(e => Info(e) == "bloc")
                .Select(e => new BlocCompetences((string?)e.Attribute("ref") ?? string.Empty, e.Value)).ToList() ?? [];
            return new CertificationVisee(
                new CertificationOffre(Texte(r, "reference-code-RNCP"), Texte(r, "reference-code-RS"), Texte(r, "reference-code-CERTIFINFO")),
                TypeValidationDe(detail?.Elements(N + "extra").FirstOrDefault(e => Info(e) == "type-validation")?.Value),
                blocs);
        }).ToList();

        return new SessionPubliee(
            Reference: (string?)s.Attribute("numero") ?? (string?)a.Attribute("numero") ?? string.Empty,
            VoieAcces: VoieDe(Extra(extras, "voie-acces")) ?? VoieDuPublic(Texte(a, "code-public-vise")),
            FormationContinueHorsAlternance: Extra(extras, "formation-continue-hors-alternance") == "1",
            OrganismeFormateur: formateur is null
                ? new OrganismeFormateur(responsable.Siret, responsable.RaisonSociale)
                : new OrganismeFormateur(
                    formateur.Element(N + "SIRET-formateur")?.Element(N + "SIRET")?.Value ?? string.Empty,
                    Texte(formateur, "raison-sociale-formateur") ?? string.Empty),
            Contact: Contact(s.Element(N + "contact-session")),
            Certifications: certifications,
            Debut: DateDe(periode?.Element(N + "debut")?.Value ?? "00010101"),
            Fin: DateDe(periode?.Element(N + "fin")?.Value ?? "00010101"),
            TypeEntree: EntreeDe(Extra(extras, "type-entree"))
                ?? (Texte(a, "modalites-entrees-sorties") == "1" ? TypeEntree.EntreesSortiesPermanentes : TypeEntree.DatesFixes),
            Commentaire: Extra(extras, "commentaire"),
            InformationCollective: dates.Count == 0 && lieuInformation is null
                ? null
                : new InformationCollective(dates, lieuInformation is null ? null : Adresse(lieuInformation)),
            LieuFormation: lieux is null ? responsable.Adresse : Adresse(lieux),
            Financement: Financement(a.Element(N + "organisme-financeur"), extras),
            CreeLe: s.Attribute("horodatage-creation") is null ? creeLe : Instant(s, "horodatage-creation", "datecrea"),
            ModifieLe: s.Attribute("horodatage-modification") is null ? modifieLe : Instant(s, "horodatage-modification", "datemaj"));
    }

    private static FinancementSession? Financement(XElement? financeur, IReadOnlyList<XElement> extras)
    {
        if (financeur is null)
        {
            return null;
        }

        return new FinancementSession(
            new Financeur(Extra(extras, "financeur") ?? string.Empty, TypeFinanceurDe(Texte(financeur, "code-financeur"))),
            Extra(extras, "dispositif") ?? string.Empty,
            Extra(extras, "mesure") ?? string.Empty,
            Extra(extras, "numero-marche"),
            Entier(Extra(extras, "effectif-minimal")),
            Entier(Texte(financeur, "nb-places-financees")),
            Entier(Extra(extras, "capacite-accueil")),
            Entier(Extra(extras, "coefficient")),
            Extra(extras, "date-limite-inscription") is { } dli ? DateDe(dli) : null,
            Extra(extras, "date-limite-entree-tardive") is { } det ? DateDe(det) : null,
            Extra(extras, "ratio-suite-parcours") is { } ratio ? decimal.Parse(ratio, NumberStyles.Number, CultureInfo.InvariantCulture) : null);
    }

    private static OrganismeResponsable Responsable(XElement? o)
    {
        var coordonnees = o?.Element(N + "coordonnees-organisme")?.Element(N + "coordonnees");
        var adresse = coordonnees?.Element(N + "adresse");
        return new OrganismeResponsable(
            Siret: o?.Element(N + "SIRET-organisme-formation")?.Element(N + "SIRET")?.Value ?? string.Empty,
            NumeroActivite: Texte(o, "numero-activite"),
            Nom: Texte(o, "nom-organisme") ?? string.Empty,
            RaisonSociale: Texte(o, "raison-sociale") ?? string.Empty,
            Adresse: adresse is null ? new AdresseOffre(string.Empty, string.Empty, string.Empty, null) : Adresse(adresse),
            Telephone: coordonnees?.Element(N + "telfixe")?.Element(N + "numtel")?.Value,
            Courriel: Texte(coordonnees, "courriel"),
            SiteWeb: coordonnees?.Element(N + "web")?.Element(N + "urlweb")?.Value);
    }

    private static CertificationOffre Certification(XElement c) =>
        new(Texte(c, "code-RNCP"), Texte(c, "code-RS"), Texte(c, "code-CERTIFINFO"));

    private static ValidationFormation ValidationDeduite(IReadOnlyList<CertificationOffre> certifications, string? certifiante) =>
        certifiante != "1" ? ValidationFormation.AttestationFinFormation
        : certifications.Any(c => c.CodeRncp is not null) ? ValidationFormation.CertificationRncp
        : ValidationFormation.AutreCertification;

    private static ContactOffre? Contact(XElement? contact)
    {
        var c = contact?.Element(N + "coordonnees");
        if (c is null)
        {
            return null;
        }

        return new ContactOffre(
            Texte(c, "civilite"),
            Texte(c, "nom") ?? string.Empty,
            Texte(c, "prenom"),
            (c.Element(N + "telfixe") ?? c.Element(N + "portable"))?.Element(N + "numtel")?.Value,
            Texte(c, "courriel"));
    }

    private static AdresseOffre Adresse(XElement adresse) => new(
        string.Join(' ', adresse.Elements(N + "ligne").Select(l => l.Value)),
        Texte(adresse, "codepostal") ?? string.Empty,
        Texte(adresse, "ville") ?? string.Empty,
        Texte(adresse, "departement"));

    private static List<XElement> Extras(XElement parent) =>
        parent.Elements(N + "extras").Elements(N + "extra").ToList();

    private static string? Extra(IReadOnlyList<XElement> extras, string info) =>
        extras.FirstOrDefault(e => Info(e) == info)?.Value;

    private static string? Info(XElement e) => (string?)e.Attribute("info");

    private static string? Texte(XElement? parent, string nom) => parent?.Element(N + nom)?.Value;

    private static int? Entier(string? texte) =>
        int.TryParse(texte, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateTimeOffset Instant(XElement e, string horodatage, string date)
    {
        if ((string?)e.Attribute(horodatage) is { } instant)
        {
            return InstantDe(instant);
        }

        return (string?)e.Attribute(date) is { Length: 8 } jour
            ? new DateTimeOffset(DateDe(jour).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : DateTimeOffset.MinValue;
    }
}
