using System.Globalization;
using Rafael.Engine.Catalogue;
using Rafael.Engine.Catalogue.Import;
using Rafael.Engine.OffreInfo;

namespace Rafael.Api.Contracts.Catalogue.Import;

/// <summary>
/// The columns of a CSV or JSON import file (docs/import-offre-financee.md) and how a line's text becomes the
/// typed forms. A field that cannot be read is reported under its column; the forms' validators do the rest.
/// </summary>
internal static class ColonnesImport
{
    public static readonly IReadOnlySet<string> Toutes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mesure", "numeroMarche", "identifiantAction", "identifiantSession", "siretResponsable", "siretFormateur", "siretPositionneur",
        "intitule", "plusDeLaFormation", "lienWeb", "objectifGeneral", "objectifs", "programme", "validation", "certifications", "durees",
        "conditionsAcces", "prerequis", "contactNom", "contactTelephone", "contactEmail",
        "voieAcces", "horsAlternance", "dateDebut", "dateFin", "typeEntree", "commentaire", "lieuLigne", "lieuCodePostal", "lieuVille",
        "heuresHebdomadaires", "sessionContactNom", "sessionContactTelephone", "sessionContactEmail", "certificationsSession",
        "effectifMinimal", "places", "capaciteAccueil", "coefficient", "dateLimiteInscription", "dateLimiteEntreeTardive", "ratioSuiteParcours",
    };

    public static LigneImportRequete Lire(LigneBrute ligne)
    {
        var l = new Lecture(ligne.Champs);
        var contact = l.Texte("contactNom") is { } nom ? new ContactFormation(nom, l.Texte("contactTelephone"), l.Texte("contactEmail")) : null;
        var contactSession = l.Texte("sessionContactNom") is { } nomSession
            ? new ContactFormation(nomSession, l.Texte("sessionContactTelephone"), l.Texte("sessionContactEmail"))
            : null;
        var action = new ActionRequete(
            l.Texte("intitule"),
            l.Texte("plusDeLaFormation"),
            l.Texte("lienWeb"),
            l.Enum<ObjectifGeneral>("objectifGeneral"),
            l.Texte("objectifs"),
            l.Texte("programme"),
            l.Enum<ValidationFormation>("validation"),
            l.Liste("certifications", CertificationAction),
            l.Liste("durees", Duree),
            l.Texte("conditionsAcces"),
            l.Texte("prerequis"),
            contact is null ? [] : [contact]);
        var financement = new FinancementRequete(
            Guid.Empty,
            l.Texte("numeroMarche"),
            l.Entier("effectifMinimal"),
            l.Entier("places"),
            l.Entier("capaciteAccueil"),
            l.Decimal("coefficient"),
            l.Date("dateLimiteInscription"),
            l.Date("dateLimiteEntreeTardive"),
            l.Decimal("ratioSuiteParcours"));
        var session = new SessionRequete(
            l.Enum<VoieAcces>("voieAcces"),
            l.Booleen("horsAlternance"),
            null,
            null,
            contactSession,
            [],
            l.Liste("certificationsSession", CertificationSession),
            l.Date("dateDebut"),
            l.Date("dateFin"),
            l.Enum<TypeEntree>("typeEntree"),
            l.Texte("commentaire"),
            [],
            new LieuFormation(l.Texte("lieuLigne") ?? string.Empty, l.Texte("lieuCodePostal") ?? string.Empty, l.Texte("lieuVille") ?? string.Empty),
            l.Decimal("heuresHebdomadaires"),
            financement);
        if (ligne.Erreur is { } erreur)
        {
            l.Erreurs["ligne"] = erreur;
        }

        return new LigneImportRequete(
            l.Texte("mesure"), l.Texte("numeroMarche"), l.Texte("identifiantAction"), l.Texte("identifiantSession"),
            l.Texte("siretResponsable"), l.Texte("siretFormateur"), l.Texte("siretPositionneur"),
            action, session, l.Erreurs);
    }

    /// <summary>The file column a validator's property path names.</summary>
    /// <param name="chemin">A path such as <c>Session.Lieu.CodePostal</c> or <c>Action.Contacts[0].Email</c>.</param>
    /// <returns>The column, e.g. <c>lieuCodePostal</c>, <c>contactEmail</c>.</returns>
    public static string Colonne(string chemin)
    {
        ArgumentNullException.ThrowIfNull(chemin);

        // The Api's validators name properties in camelCase (action.intitule, session.lieu.codePostal).
        var morceaux = chemin.Split('.').Select(m => m.Split('[')[0]).Where(m => m.Length > 0)
            .Select(m => char.ToUpperInvariant(m[0]) + m[1..]).ToList();
        var session = morceaux.FirstOrDefault() == "Session";
        morceaux.RemoveAll(m => m is "Action" or "Session" or "Financement");
        if (morceaux.Count == 0)
        {
            return "ligne";
        }

        var colonne = morceaux[0] switch
        {
            "Lieu" when morceaux.Count > 1 => "lieu" + Majuscule(morceaux[1]),
            "Contact" when morceaux.Count > 1 => "sessionContact" + Majuscule(morceaux[1]),
            "Contacts" when morceaux.Count > 1 && !session => "contact" + Majuscule(morceaux[1]),
            "Contacts" when morceaux.Count > 1 => "sessionContact" + Majuscule(morceaux[1]),
            "Certifications" when session => "certificationsSession",
            "Certifications" => "certifications",
            "Durees" => "durees",
            var m => m,
        };
        return char.ToLowerInvariant(colonne[0]) + colonne[1..];
    }

    private static string Majuscule(string texte) => char.ToUpperInvariant(texte[0]) + texte[1..];

    private static CertificationAction CertificationAction(string valeur)
    {
        var (code, libelle) = Paire(valeur);
        return new CertificationAction(code, libelle ?? code);
    }

    private static DureeFormation Duree(string valeur)
    {
        var (modalite, heures) = Paire(valeur);
        if (!Enum.TryParse<ModaliteDuree>(modalite, true, out var m) || !Enum.IsDefined(m))
        {
            throw new FormatException($"modalité « {modalite} » inconnue (CoursDuJour, CoursDuSoir, CoursWeekEnd, Foad)");
        }

        if (!decimal.TryParse(heures, NumberStyles.Number, CultureInfo.InvariantCulture, out var h))
        {
            throw new FormatException($"nombre d'heures « {heures} » illisible pour {modalite}");
        }

        return new DureeFormation(m, h);
    }

    private static CertificationSession CertificationSession(string valeur)
    {
        var (code, reste) = Paire(valeur);
        var type = TypeValidationCertification.Totale;
        IReadOnlyList<string> blocs = [];
        if (reste is not null)
        {
            var morceaux = reste.Split(':', 2);
            if (!Enum.TryParse(morceaux[0], true, out type) || !Enum.IsDefined(type))
            {
                throw new FormatException($"type de validation « {morceaux[0]} » inconnu (Totale, Partielle, Mixte)");
            }

            blocs = morceaux.Length > 1 ? [.. morceaux[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];
        }

        return new CertificationSession(code, type, blocs);
    }

    private static (string Cle, string? Valeur) Paire(string texte)
    {
        var i = texte.IndexOf('=', StringComparison.Ordinal);
        return i < 0 ? (texte.Trim(), null) : (texte[..i].Trim(), texte[(i + 1)..].Trim());
    }

    private sealed class Lecture(IReadOnlyDictionary<string, string?> champs)
    {
        public Dictionary<string, string> Erreurs { get; } = new(StringComparer.Ordinal);

        public string? Texte(string colonne) => champs.TryGetValue(colonne, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        public TEnum? Enum<TEnum>(string colonne)
            where TEnum : struct, System.Enum
        {
            if (Texte(colonne) is not { } t)
            {
                return null;
            }

            if (System.Enum.TryParse<TEnum>(t, true, out var v) && System.Enum.IsDefined(v) && !int.TryParse(t, CultureInfo.InvariantCulture, out _))
            {
                return v;
            }

            Erreurs[colonne] = $"Valeur « {t} » inconnue ; valeurs possibles : {string.Join(", ", System.Enum.GetNames<TEnum>())}.";
            return null;
        }

        public DateOnly? Date(string colonne)
        {
            if (Texte(colonne) is not { } t)
            {
                return null;
            }

            if (DateOnly.TryParseExact(t, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            Erreurs[colonne] = $"Date « {t} » illisible : écrivez AAAA-MM-JJ (ou JJ/MM/AAAA).";
            return null;
        }

        public int? Entier(string colonne)
        {
            if (Texte(colonne) is not { } t)
            {
                return null;
            }

            if (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            Erreurs[colonne] = $"Nombre entier attendu, pas « {t} ».";
            return null;
        }

        public decimal? Decimal(string colonne)
        {
            if (Texte(colonne) is not { } t)
            {
                return null;
            }

            if (decimal.TryParse(t.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            Erreurs[colonne] = $"Nombre attendu, pas « {t} ».";
            return null;
        }

        public bool Booleen(string colonne)
        {
            switch (Texte(colonne)?.ToLowerInvariant())
            {
                case null or "0" or "false" or "non" or "n":
                    return false;
                case "1" or "true" or "oui" or "o":
                    return true;
                default:
                    Erreurs[colonne] = $"Oui ou non attendu (1/0, oui/non, true/false), pas « {Texte(colonne)} ».";
                    return false;
            }
        }

        public IReadOnlyList<T>? Liste<T>(string colonne, Func<string, T> lire)
        {
            if (Texte(colonne) is not { } t)
            {
                return null;
            }

            try
            {
                return [.. t.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(lire)];
            }
            catch (FormatException e)
            {
                Erreurs[colonne] = $"Valeur illisible : {e.Message}.";
                return null;
            }
        }
    }
}
