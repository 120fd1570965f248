using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Rafael.Bench.Catalogue;

/// <summary>
/// Fills the benchmark database in SQL (INSERT … SELECT over generate_series), far faster than going through the
/// Api: a few big OFs with thousands of actions, many small ones, every status of the two definitions.
/// </summary>
internal static class Semis
{
    /// <summary>OFs that hold <see cref="ActionsParGrosOf"/> actions each; the rest is spread over the others.</summary>
    public const int GrosOf = 5;

    public const int ActionsParGrosOf = 3_000;

    public const int Financeurs = 10;

    /// <summary>The id the seed gives to the n-th OF (1-based): the uuid PostgreSQL reads from md5('of' || n).</summary>
    public static Guid Of(int n) => Md5("of" + n.ToString(CultureInfo.InvariantCulture));

    /// <summary>The id of the n-th funder.</summary>
    public static Guid Financeur(int n) => Md5("fin" + n.ToString(CultureInfo.InvariantCulture));

    private static Guid Md5(string texte) => Guid.ParseExact(Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(texte))), "N");

    public static async Task SemerAsync(NpgsqlConnection connexion, int organismes, int actions, int sessionsParAction)
    {
        // Statuses weighted as in a living catalogue: mostly published, some waiting for the administrators.
        const string StatutNonConventionnee = """
            (ARRAY['publiee','publiee','publiee','publiee','publiee','publiee','publiee','publiee','publiee','publiee','publiee','publiee',
                   'brouillon','brouillon','creee','creee','alerte','modifiee','archivee','archivee','supprimee'])[1 + abs(hashtext('statut' || i)) % 21]
            """;
        const string StatutConventionnee = """
            (ARRAY['publiee','publiee','publiee','publiee','publiee','en-attente-validation','en-attente-publication','alerte','archivee','supprimee'])[1 + abs(hashtext('statut' || i)) % 10]
            """;
        const string Lieu = """'{"ligne":"1 rue de la Formation","codePostal":"13001","ville":"Marseille"}'""";
        var ofDeLAction = $"CASE WHEN i <= {GrosOf * ActionsParGrosOf} THEN 1 + (i - 1) / {ActionsParGrosOf} ELSE {GrosOf + 1} + (i * 7919) % {organismes - GrosOf} END";
        string[] commandes =
        [
            $"""
            INSERT INTO structures ("Id","RaisonSociale","Nom","Sigle","Siret","Types","QualiopiApprentissage","CreeeLe","NumeroActivite","Version",
                adresse_code_postal, adresse_departement, adresse_ligne, adresse_ville)
            SELECT md5('of' || i)::uuid, 'Organisme ' || i, 'Organisme ' || i, NULL, lpad(i::text, 14, '0'), 1, false,
                   now(), NULL, 1, '13001', '13', i || ' rue de la Formation', 'Marseille'
            FROM generate_series(1, {organismes}) AS i;
            INSERT INTO structures ("Id","RaisonSociale","Nom","Sigle","Siret","Types","QualiopiApprentissage","CreeeLe","NumeroActivite","Version",
                adresse_code_postal, adresse_departement, adresse_ligne, adresse_ville)
            SELECT md5('fin' || i)::uuid, 'Financeur ' || i, 'Financeur ' || i, NULL, lpad((90000000 + i)::text, 14, '0'), 4, false,
                   now(), NULL, 1, '13001', '13', i || ' place du Financement', 'Marseille'
            FROM generate_series(1, {Financeurs}) AS i;
            """,
            $"""
            INSERT INTO actions ("Id","Reference","Conventionnee","ReferenceExterne","ResponsableId","FinanceurId","Intitule","PlusDeLaFormation","LienWeb",
                "ObjectifGeneral","Objectifs","Programme","Validation",certifications,certifications_proposees,durees,"ConditionsAcces","Prerequis",contacts,
                "DemandeComplements","DefinitionName","DefinitionVersion",statut,"CreeeLe","ModifieeLe","PublieeLe","Version")
            SELECT md5('action' || i)::uuid, (200000000000 + i)::text, conv, NULL, md5('of' || ofn)::uuid,
                   CASE WHEN conv THEN md5('fin' || (1 + i % {Financeurs}))::uuid END,
                   (ARRAY['Soudure TIG','Aide-soignant','Développeur web','Cariste','Comptabilité','Agent de sécurité','Cuisine','Maçonnerie',
                          'Anglais professionnel','Secrétariat médical','Électricité du bâtiment','Logistique'])[1 + i % 12] || ' niveau ' || (1 + i % 5) || ' – groupe ' || i,
                   NULL, NULL, 'Certification', 'Acquérir les compétences du métier.', 'Modules théoriques et pratiques.', 'AttestationFinFormation',
                   '[]', NULL, '[]', 'Aucune.', 'Aucun.', '[]', NULL,
                   CASE WHEN conv THEN 'action-conventionnee' ELSE 'action-non-conventionnee' END, 1,
                   CASE WHEN conv THEN {StatutConventionnee} ELSE {StatutNonConventionnee} END,
                   timestamptz '2025-01-01' + (i % 600) * interval '1 day',
                   timestamptz '2025-01-01' + (i % 600) * interval '1 day' + (i % 1440) * interval '1 minute',
                   NULL, 1
            FROM (SELECT i, (i % 5 = 0) AS conv, {ofDeLAction} AS ofn FROM generate_series(1, {actions}) AS i) AS g;
            """,
            $"""
            INSERT INTO sessions ("Id","Reference","ActionId","Conventionnee","ReferenceExterne","FormateurId","PositionneurId","VoieAcces","HorsAlternance",
                contact, contacts_positionneur, certifications, "DateDebut","DateFin","TypeEntree","Commentaire",informations_collectives,lieu,
                "HeuresHebdomadaires","DispositifId","CodeDispositif","MesureId","FinanceurId","NumeroMarche","EffectifMinimal","Places","CapaciteAccueil",
                "Coefficient","DateLimiteInscription","DateLimiteEntreeTardive","RatioSuiteParcours","MotifSuppression","DefinitionName","DefinitionVersion",
                statut,"CreeeLe","ModifieeLe","Version")
            SELECT md5('session' || j)::uuid, lpad(j::text, 8, '0'), a."Id", a."Conventionnee", NULL, a."ResponsableId", a."ResponsableId",
                   'FormationContinue', false, NULL, '[]', '[]', date '2026-01-05' + (j % 400)::int, date '2026-03-05' + (j % 400)::int, 'DatesFixes', NULL, '[]',
                   {Lieu}, 35, NULL, NULL, NULL, a."FinanceurId", NULL, NULL, 12, NULL,
                   NULL, NULL, NULL, NULL,
                   CASE WHEN j % 97 = 0 THEN 'Ouverture reportée' END, 'session', 1,
                   CASE WHEN j % 97 = 0 THEN 'suppression-demandee'
                        ELSE (ARRAY['ouverte','ouverte','ouverte','ouverte','fermee','terminee','terminee','annulee','supprimee'])[1 + abs(hashtext('session' || j)) % 9] END,
                   a."CreeeLe", a."ModifieeLe" + (j % 60) * interval '1 minute', 1
            FROM (SELECT a.*, row_number() OVER (ORDER BY a."Reference") AS n FROM actions a) AS a
            CROSS JOIN LATERAL (SELECT (a.n - 1) * {sessionsParAction} + k AS j FROM generate_series(1, {sessionsParAction}) AS k) AS s;
            """,
            "UPDATE compteurs_references SET valeur = (SELECT count(*) FROM sessions) WHERE nom = 'session';",
            
        ];
        await using (var transaction = await connexion.BeginTransactionAsync())
        {
            foreach (var sql in commandes)
            {
                await using var commande = new NpgsqlCommand(sql, connexion, transaction) { CommandTimeout = 600 };
                await commande.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        // What autovacuum would have done on a living database: statistics and the visibility map (index-only scans).
        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE;", connexion) { CommandTimeout = 600 };
        await vacuum.ExecuteNonQueryAsync();
    }
}
