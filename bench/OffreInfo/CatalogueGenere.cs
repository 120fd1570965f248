using Rafael.Engine.OffreInfo;

namespace Rafael.Bench.OffreInfo;

/// <summary>
/// A deterministic catalogue for the benchmark and the tests: every access route, entry type, funding, certification
/// and validation kind, texts with accents, line breaks and XML's special characters. Long texts are shared
/// instances, as a real catalogue's rows would be read one at a time.
/// </summary>
public static class CatalogueGenere
{
    /// <summary>The creation instant of action 0; action i is created i minutes later.</summary>
    public static readonly DateTimeOffset Origine = new(2026, 1, 5, 8, 30, 0, TimeSpan.Zero);

    private const string Objectifs = "Acquérir les compétences du métier : accueil, vente & conseil.\n- Maîtriser les outils « métier »\n- Travailler en équipe <en situation réelle>";
    private const string Programme = "Module 1 : l'entreprise et son environnement.\nModule 2 : techniques de vente (\"argumentaire\").\n• Stage en entreprise de 4 semaines.";
    private const string Prerequis = "Savoir lire, écrire et compter ; niveau 3e conseillé.";
    private const string Commentaire = "Une partie de la formation peut être suivie à distance.";
    private const string Plus = "Plateau technique rénové & équipe de formateurs issus du métier.";

    private static readonly AdresseOffre Bordeaux = new("12 rue Sainte-Catherine", "33000", "Bordeaux", "33");
    private static readonly AdresseOffre Pau = new("3 allée des Pins", "64000", "Pau", "64");
    private static readonly AdresseOffre Limoges = new("8 place de la République", "87000", "Limoges", null);

    /// <summary>Generates <paramref name="actions"/> actions with <paramref name="sessionsParAction"/> sessions each.</summary>
    /// <param name="actions">How many actions.</param>
    /// <param name="sessionsParAction">Sessions per action.</param>
    /// <returns>The catalogue.</returns>
    public static List<ActionPubliee> Generer(int actions, int sessionsParAction)
    {
        var liste = new List<ActionPubliee>(actions);
        for (var i = 0; i < actions; i++)
        {
            liste.Add(Action(i, sessionsParAction));
        }

        return liste;
    }

    /// <summary>Action number <paramref name="i"/>.</summary>
    /// <param name="i">Its rank.</param>
    /// <param name="sessions">How many sessions it has.</param>
    /// <returns>The action.</returns>
    public static ActionPubliee Action(int i, int sessions)
    {
        var validation = (ValidationFormation)(i % 3);
        IReadOnlyList<CertificationOffre> certifications = validation switch
        {
            ValidationFormation.CertificationRncp => [new((30000 + (i % 5000)).ToString("D5"), null, (80000 + (i % 9000)).ToString("D5")), new("35819", null, null)],
            ValidationFormation.AutreCertification => [new(null, (5000 + (i % 900)).ToString("D4"), null)],
            _ => [],
        };
        IReadOnlyList<DureeModalite> durees = (i % 4) switch
        {
            0 => [new(ModaliteDuree.CoursDuJour, 400), new(ModaliteDuree.Foad, 50)],
            1 => [new(ModaliteDuree.Foad, 120)],
            2 => [new(ModaliteDuree.CoursDuSoir, 90), new(ModaliteDuree.CoursWeekEnd, 30)],
            _ => [new(ModaliteDuree.CoursDuJour, 35 * ((i % 10) + 1))],
        };
        var creeLe = Origine.AddMinutes(i);
        var conventionnee = i % 5 == 0;
        var responsable = new OrganismeResponsable(
            Siret: (10000000000000L + (i % 500)).ToString("D14"),
            NumeroActivite: "75" + (i % 500).ToString("D9"),
            Nom: $"Institut de formation n°{i % 500}",
            RaisonSociale: $"Institut de Formation Garonne & Associés {i % 500}",
            Adresse: (i % 3) switch { 0 => Bordeaux, 1 => Pau, _ => Limoges },
            Telephone: i % 2 == 0 ? "05 56 00 00 00" : null,
            Courriel: "contact@if-garonne.fr",
            SiteWeb: i % 3 == 0 ? "https://www.if-garonne.fr" : null);
        var contacts = i % 4 == 0
            ? new[] { new ContactOffre("Madame", "Lefèvre", "Élodie", "05 56 11 22 33", "e.lefevre@if-garonne.fr"), new ContactOffre(null, "Accueil", null, null, "accueil@if-garonne.fr") }
            : new[] { new ContactOffre("Monsieur", "N'Diaye", "Jérôme", null, "j.ndiaye@if-garonne.fr") };

        var liste = new List<SessionPubliee>(sessions);
        for (var j = 0; j < sessions; j++)
        {
            liste.Add(Session(i, j, sessions, creeLe, conventionnee, certifications));
        }

        return new ActionPubliee(
            Reference: "20" + i.ToString("D10"),
            OrganismeResponsable: responsable,
            Contacts: contacts,
            Intitule: $"Vendeur conseil en magasin — parcours n°{i}",
            PlusFormation: i % 2 == 0 ? Plus : null,
            LienWeb: i % 3 == 0 ? $"https://www.if-garonne.fr/formations/{i}" : null,
            ObjectifGeneral: (ObjectifGeneral)(i % 6),
            Objectifs: Objectifs,
            Programme: Programme,
            Validation: validation,
            Certifications: certifications,
            Durees: durees,
            ConditionsAcces: i % 2 == 0 ? "RAS" : "Visite médicale d'aptitude.",
            Prerequis: Prerequis,
            Conventionnee: conventionnee,
            CodesFormacode: i % 2 == 0 ? ["34566", "34554"] : [],
            Sessions: liste,
            CreeLe: creeLe,
            ModifieLe: creeLe.AddDays(i % 7));
    }

    private static SessionPubliee Session(int i, int j, int sessions, DateTimeOffset creeLe, bool conventionnee, IReadOnlyList<CertificationOffre> certifications)
    {
        var voie = (VoieAcces)((i + j) % 3);
        var debut = DateOnly.FromDateTime(Origine.UtcDateTime).AddDays(((i * 7) + (j * 30)) % 300);
        var financee = conventionnee || (i + j) % 4 == 1;
        var region = (i + j) % 2 == 0;
        IReadOnlyList<CertificationVisee> visees = certifications.Count == 0 ? []
            : j % 2 == 0 ? [new CertificationVisee(certifications[0], TypeValidationCertification.Totale, [])]
            : [new CertificationVisee(certifications[^1], (i + j) % 3 == 0 ? TypeValidationCertification.Mixte : TypeValidationCertification.Partielle,
                [new BlocCompetences("RNCP35819BC01", "Usages avancés et spécialisés des outils numériques"), new BlocCompetences("RNCP35819BC04", "Appui à la transformation en contexte professionnel")])];
        return new SessionPubliee(
            Reference: "00" + ((i * sessions) + j).ToString("D6"),
            VoieAcces: voie,
            FormationContinueHorsAlternance: voie == VoieAcces.FormationContinue && !financee,
            OrganismeFormateur: new OrganismeFormateur((20000000000000L + (i % 300)).ToString("D14"), $"Campus des Métiers de Pau {i % 300}"),
            Contact: j % 3 == 2 ? null : new ContactOffre("Madame", "Garcia", "Inès", "06 12 34 56 78", "i.garcia@campus-pau.fr"),
            Certifications: visees,
            Debut: debut,
            Fin: debut.AddDays(90),
            TypeEntree: (TypeEntree)((i + j) % 3),
            Commentaire: j % 2 == 0 ? Commentaire : null,
            InformationCollective: (i + j) % 4 == 0 ? new InformationCollective([debut.AddDays(-20), debut.AddDays(-10)], (i % 2 == 0) ? Pau : null) : null,
            LieuFormation: j % 2 == 0 ? Bordeaux : Pau,
            Financement: financee
                ? new FinancementSession(
                    region ? new Financeur("Région Nouvelle-Aquitaine", TypeFinanceur.Region) : new Financeur("France Travail", TypeFinanceur.FranceTravail),
                    region ? "PRF" : "POEC",
                    region ? "PRF-QUALIF" : "POEC-COLLECTIVE",
                    region ? "2026-NA-" + (i % 40).ToString("D3") : null,
                    6,
                    12,
                    region ? null : 14,
                    region ? 3 : 2,
                    debut.AddDays(-5),
                    debut.AddDays(10),
                    region ? 0.75m : null)
                : null,
            CreeLe: creeLe,
            ModifieLe: creeLe.AddHours(j));
    }
}
