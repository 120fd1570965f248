namespace Rafael.Api.Tests.Catalogue;

/// <summary>Valid action and session forms the catalogue tests start from.</summary>
internal static class Formulaires
{
    public static object Action(string intitule = "Comptable assistant", string? rncp = "RNCP36701") => new
    {
        intitule,
        plusDeLaFormation = "Un stage de huit semaines en cabinet.",
        lienWeb = "https://www.exemple.fr/comptable",
        objectifGeneral = "Certification",
        objectifs = "Tenir la comptabilité courante d'une petite entreprise.",
        programme = "- Comptabilité générale\n- Paie\n- Fiscalité",
        validation = rncp is null ? "AttestationFinFormation" : "CertificationRncp",
        certifications = rncp is null ? Array.Empty<object>() : [new { code = rncp, libelle = "Comptable assistant" }],
        durees = new[] { new { modalite = "CoursDuJour", heures = 600 } },
        conditionsAcces = "RAS",
        prerequis = "Niveau 3 (CAP) ou expérience équivalente.",
        contacts = new[] { new { nom = "Marie Martin", telephone = "05 56 11 22 33", email = "marie.martin@exemple.fr" } },
    };

    public static object Session(DateOnly debut, DateOnly fin, object? financement = null, string? rncp = "RNCP36701") => new
    {
        voieAcces = "FormationContinue",
        horsAlternance = true,
        contact = new { nom = "Accueil", telephone = "05 56 00 00 00", email = "accueil@exemple.fr" },
        certifications = rncp is null ? Array.Empty<object>() : [new { code = rncp, typeValidation = "Totale", blocs = Array.Empty<string>() }],
        dateDebut = debut,
        dateFin = fin,
        typeEntree = "DatesFixes",
        commentaire = "Entrée après information collective.",
        informationsCollectives = new[] { new { date = new DateTimeOffset(debut.AddDays(-10).ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(2)), lieu = "Salle 1" } },
        lieu = new { ligne = "12 rue des Chartrons", codePostal = "33000", ville = "Bordeaux" },
        heuresHebdomadaires = 35,
        financement,
    };

    public static object Financement(Guid mesureId, DateOnly dateLimite, DateOnly entreeTardive, decimal coefficient = 2) => new
    {
        mesureId,
        numeroMarche = "2026-PRF-042",
        effectifMinimal = 8,
        places = 12,
        capaciteAccueil = 15,
        coefficient,
        dateLimiteInscription = dateLimite,
        dateLimiteEntreeTardive = entreeTardive,
        ratioSuiteParcours = 60,
    };
}
