using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Rafael.Api.Tests.Catalogue.ImportOffre;

/// <summary>Builds import files (JSON and CSV) from lines given as column → value.</summary>
internal static class LignesImport
{
    /// <summary>A complete, valid PRF line for the OF of SIRET <paramref name="siret"/>, with keys unique to <paramref name="cle"/>.</summary>
    public static Dictionary<string, object?> Ligne(string cle, string siret, string session = "S1", string mesure = "PRF-QUALIF") => new()
    {
        ["mesure"] = mesure,
        ["numeroMarche"] = $"M-{cle}",
        ["identifiantAction"] = $"A-{cle}",
        ["identifiantSession"] = $"{session}-{cle}",
        ["siretResponsable"] = siret,
        ["intitule"] = "Agent de propreté et d'hygiène",
        ["plusDeLaFormation"] = "Stage en entreprise de quatre semaines",
        ["lienWeb"] = "https://formation.example.fr/aph",
        ["objectifGeneral"] = "Certification",
        ["objectifs"] = "Réaliser les opérations de nettoyage courant",
        ["programme"] = "- Techniques de nettoyage\n- Hygiène et sécurité ; gestes et postures",
        ["validation"] = "CertificationRncp",
        ["certifications"] = "RNCP35185=Agent de propreté et d'hygiène",
        ["durees"] = "CoursDuJour=420",
        ["conditionsAcces"] = "RAS",
        ["prerequis"] = "Savoir lire et écrire",
        ["contactNom"] = "Claire Martin",
        ["contactTelephone"] = "0556000000",
        ["contactEmail"] = "claire.martin@example.fr",
        ["voieAcces"] = "FormationContinue",
        ["horsAlternance"] = "non",
        ["dateDebut"] = "2026-09-07",
        ["dateFin"] = "2026-12-18",
        ["typeEntree"] = "DatesFixes",
        ["lieuLigne"] = "12 quai des Chartrons",
        ["lieuCodePostal"] = "33000",
        ["lieuVille"] = "Bordeaux",
        ["certificationsSession"] = "RNCP35185=Totale",
        ["effectifMinimal"] = 8,
        ["places"] = 12,
        ["capaciteAccueil"] = 14,
        ["coefficient"] = 2,
        ["dateLimiteInscription"] = "2026-08-28",
        ["dateLimiteEntreeTardive"] = "2026-09-18",
    };

    public static HttpContent Json(params Dictionary<string, object?>[] lignes) =>
        new StringContent(JsonSerializer.Serialize(lignes), Encoding.UTF8, "application/json");

    public static HttpContent Csv(params Dictionary<string, object?>[] lignes) =>
        new StringContent(TexteCsv(lignes), new UTF8Encoding(false), "text/csv");

    /// <summary>The same lines as a file in a multipart form, the type decided by the file's extension.</summary>
    public static HttpContent Formulaire(string nomFichier, string contenu)
    {
        var fichier = new ByteArrayContent(Encoding.UTF8.GetBytes(contenu));
        fichier.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { fichier, "fichier", nomFichier } };
    }

    public static string TexteCsv(params Dictionary<string, object?>[] lignes)
    {
        var colonnes = lignes.SelectMany(l => l.Keys).Distinct().ToList();
        var texte = new StringBuilder();
        texte.Append(string.Join(';', colonnes)).Append("\r\n");
        foreach (var ligne in lignes)
        {
            texte.Append(string.Join(';', colonnes.Select(c => Champ(ligne.GetValueOrDefault(c))))).Append("\r\n");
        }

        return texte.ToString();
    }

    private static string Champ(object? valeur)
    {
        var texte = Convert.ToString(valeur, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        return texte.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + texte.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : texte;
    }
}
