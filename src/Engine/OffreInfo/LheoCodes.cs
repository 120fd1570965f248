using System.Globalization;

namespace Rafael.Engine.OffreInfo;

/// <summary>
/// The code lists of the mapping (docs/lheo-mapping.md): LHEO dictionary keys for our enumerations, and the keys we
/// use in <c>extras</c> for what LHEO lacks. Export and import both read them here so that they never disagree.
/// </summary>
internal static class LheoCodes
{
    public const string Ns = "http://lheo.gouv.fr/2.3";

    /// <summary>The Formacode version of the <c>code-public-vise</c> values below (table "public visé formacode V10").</summary>
    public const string VersionFormacodePublic = "V10";

    public static string ObjectifGeneral(ObjectifGeneral objectif) => objectif switch
    {
        OffreInfo.ObjectifGeneral.Certification => "6",
        OffreInfo.ObjectifGeneral.Professionnalisation => "7",
        OffreInfo.ObjectifGeneral.PreparationQualification => "8",
        OffreInfo.ObjectifGeneral.RemiseANiveau => "5",
        OffreInfo.ObjectifGeneral.Remobilisation => "9",
        _ => "3",
    };

    public static ObjectifGeneral ObjectifGeneralDe(string? code) => code?.Trim() switch
    {
        "6" => OffreInfo.ObjectifGeneral.Certification,
        "7" or "4" => OffreInfo.ObjectifGeneral.Professionnalisation,
        "8" => OffreInfo.ObjectifGeneral.PreparationQualification,
        "5" => OffreInfo.ObjectifGeneral.RemiseANiveau,
        "9" => OffreInfo.ObjectifGeneral.Remobilisation,
        _ => OffreInfo.ObjectifGeneral.Perfectionnement,
    };

    public static string Validation(ValidationFormation validation) => validation switch
    {
        ValidationFormation.CertificationRncp => "rncp",
        ValidationFormation.AutreCertification => "rs",
        _ => "attestation",
    };

    public static ValidationFormation? ValidationDe(string? cle) => cle switch
    {
        "rncp" => ValidationFormation.CertificationRncp,
        "rs" => ValidationFormation.AutreCertification,
        "attestation" => ValidationFormation.AttestationFinFormation,
        _ => null,
    };

    public static string ResultatsAttendus(ValidationFormation validation) => validation switch
    {
        ValidationFormation.CertificationRncp => "Diplôme ou certification inscrit(e) au RNCP",
        ValidationFormation.AutreCertification => "Autre diplôme, certificat ou habilitation (répertoire spécifique)",
        _ => "Attestation de fin de formation",
    };

    public static string Modalite(ModaliteDuree modalite) => modalite switch
    {
        ModaliteDuree.CoursDuSoir => "cours-du-soir",
        ModaliteDuree.CoursWeekEnd => "cours-week-end",
        ModaliteDuree.Foad => "foad",
        _ => "cours-du-jour",
    };

    public static ModaliteDuree? ModaliteDe(string? cle) => cle switch
    {
        "cours-du-jour" => ModaliteDuree.CoursDuJour,
        "cours-du-soir" => ModaliteDuree.CoursDuSoir,
        "cours-week-end" => ModaliteDuree.CoursWeekEnd,
        "foad" => ModaliteDuree.Foad,
        _ => null,
    };

    public static string LibelleModalite(ModaliteDuree modalite) => modalite switch
    {
        ModaliteDuree.CoursDuSoir => "Cours du soir",
        ModaliteDuree.CoursWeekEnd => "Cours le week-end",
        ModaliteDuree.Foad => "Formation à distance (FOAD)",
        _ => "Cours du jour",
    };

    public static string Voie(VoieAcces voie) => voie switch
    {
        VoieAcces.ContratProfessionnalisation => "contrat-professionnalisation",
        VoieAcces.ContratApprentissage => "contrat-apprentissage",
        _ => "formation-continue",
    };

    public static VoieAcces? VoieDe(string? cle) => cle switch
    {
        "formation-continue" => VoieAcces.FormationContinue,
        "contrat-professionnalisation" => VoieAcces.ContratProfessionnalisation,
        "contrat-apprentissage" => VoieAcces.ContratApprentissage,
        _ => null,
    };

    public static string ModalitesAlternance(VoieAcces voie) => voie switch
    {
        VoieAcces.ContratProfessionnalisation => "Contrat de professionnalisation : alternance entre centre de formation et entreprise",
        VoieAcces.ContratApprentissage => "Contrat d'apprentissage : alternance entre centre de formation et entreprise",
        _ => "Formation continue, sans alternance",
    };

    /// <summary>Formacode "public visé" codes: apprentices, professionalisation contracts, job seekers on a funded
    /// session, everyone otherwise.</summary>
    public static string PublicVise(VoieAcces voie, bool financee) => voie switch
    {
        VoieAcces.ContratApprentissage => "82027",
        VoieAcces.ContratProfessionnalisation => "82029",
        _ => financee ? "80006" : "83056",
    };

    public static VoieAcces VoieDuPublic(string? code) => code switch
    {
        "82027" => VoieAcces.ContratApprentissage,
        "82029" => VoieAcces.ContratProfessionnalisation,
        _ => VoieAcces.FormationContinue,
    };

    public static string Entree(TypeEntree entree) => entree switch
    {
        TypeEntree.EntreesSortiesPermanentes => "entrees-sorties-permanentes",
        TypeEntree.EntreesSortiesSequencees => "entrees-sorties-sequencees",
        _ => "dates-fixes",
    };

    public static TypeEntree? EntreeDe(string? cle) => cle switch
    {
        "dates-fixes" => TypeEntree.DatesFixes,
        "entrees-sorties-permanentes" => TypeEntree.EntreesSortiesPermanentes,
        "entrees-sorties-sequencees" => TypeEntree.EntreesSortiesSequencees,
        _ => null,
    };

    public static string TypeValidation(TypeValidationCertification type) => type switch
    {
        TypeValidationCertification.Partielle => "partielle",
        TypeValidationCertification.Mixte => "mixte",
        _ => "totale",
    };

    public static TypeValidationCertification TypeValidationDe(string? cle) => cle switch
    {
        "partielle" => TypeValidationCertification.Partielle,
        "mixte" => TypeValidationCertification.Mixte,
        _ => TypeValidationCertification.Totale,
    };

    public static string CodeFinanceur(TypeFinanceur type) => type switch
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
    };

    public static TypeFinanceur TypeFinanceurDe(string? code) => code?.Trim() switch
    {
        "2" => TypeFinanceur.Region,
        "4" => TypeFinanceur.FranceTravail,
        "11" => TypeFinanceur.EtatEmploi,
        "12" or "13" => TypeFinanceur.EtatAutre,
        "16" or "17" => TypeFinanceur.Opco,
        "8" => TypeFinanceur.Departement,
        "9" or "15" => TypeFinanceur.Commune,
        "7" => TypeFinanceur.Agefiph,
        "3" => TypeFinanceur.Fse,
        "5" => TypeFinanceur.Entreprise,
        "10" => TypeFinanceur.Beneficiaire,
        _ => TypeFinanceur.Autre,
    };

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static DateOnly DateDe(string texte) =>
        DateOnly.ParseExact(texte.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>An xs:dateTime in UTC keeping every tick, so that an instant read back is the same instant.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset InstantDe(string texte) => System.Xml.XmlConvert.ToDateTimeOffset(texte.Trim());

    public static string Nombre(int valeur) => valeur.ToString(CultureInfo.InvariantCulture);

    public static string Nombre(decimal valeur) => valeur.ToString(CultureInfo.InvariantCulture);
}
