using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Rafael.Bench.Candidatures;

/// <summary>
/// DASH-01 on a million candidatures: the real endpoint over HTTP for a big and a small structure, against a bare
/// GROUP BY per role on the same connection string (no join, no published filter, no HTTP).
/// </summary>
internal static class Tableau
{
    public static async Task<bool> ExecuterAsync(string serveur, int nombre, int tours)
    {
        Console.WriteLine($"== tableau : DASH-01 sur {nombre:N0} candidatures, {tours} appels par structure ==");
        await using var bdd = await BaseDeBench.CreerAsync(serveur, "tableau");
        await using var hote = HoteApi.Demarrer(bdd.ConnectionString);

        var chrono = Stopwatch.StartNew();
        var sessions = await SemerAsync(bdd, nombre);
        Console.WriteLine($"Semis : {sessions:N0} sessions (copies de celles de la démo, sous leurs actions), {nombre:N0} candidatures, en {chrono.Elapsed.TotalSeconds:F0} s");
        var garonne = await bdd.ScalaireAsync<Guid>("""SELECT "Id" FROM structures WHERE "Nom" = 'Institut de Formation Garonne'""");
        var limousin = await bdd.ScalaireAsync<Guid>("""SELECT "Id" FROM structures WHERE "Nom" = 'Atelier Formation Limousin'""");
        var grande = await bdd.ScalaireAsync<long>("""SELECT count(*) FROM candidatures WHERE "ResponsableId" = @s OR "PositionneurId" = @s OR "FormateurId" = @s""", ("s", garonne));
        var petite = await bdd.ScalaireAsync<long>("""SELECT count(*) FROM candidatures WHERE "ResponsableId" = @s OR "PositionneurId" = @s OR "FormateurId" = @s""", ("s", limousin));
        Console.WriteLine($"Grande structure (Garonne) : {grande:N0} candidatures ; petite (Limousin) : {petite:N0}");

        var atteint = true;
        foreach (var (nom, email, structure) in new[]
        {
            ("grande", "preinscription.of@demo.rafael.fr", garonne),
            ("petite", "referent.limousin@demo.rafael.fr", limousin),
        })
        {
            using var client = await hote.ConnecterAsync(email);
            var produit = await MesurerAsync(tours, async () =>
            {
                using var reponse = await client.GetAsync(new Uri("/api/tableau-de-bord/candidatures", UriKind.Relative));
                reponse.EnsureSuccessStatusCode();
                await reponse.Content.ReadAsByteArrayAsync();
            });
            await using var source = NpgsqlDataSource.Create(bdd.ConnectionString);
            var nu = await MesurerAsync(tours, async () =>
            {
                foreach (var colonne in new[] { "ResponsableId", "PositionneurId", "FormateurId" })
                {
                    await using var commande = source.CreateCommand($"""SELECT statut, count(*) FROM candidatures WHERE "{colonne}" = @s GROUP BY statut""");
                    commande.Parameters.AddWithValue("s", structure);
                    await using var lecteur = await commande.ExecuteReaderAsync();
                    while (await lecteur.ReadAsync())
                    {
                    }
                }
            });
            Console.WriteLine($"DASH-01 {nom} structure, HTTP : {produit}");
            Console.WriteLine($"GROUP BY nu {nom} structure : {nu}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rapport p95 DASH-01 / GROUP BY nu ({nom}) : {produit.P(95) / nu.P(95):F1} ; objectif p95 ≤ 100 ms : {(produit.P(95) <= 100 ? "atteint" : "MANQUÉ")}"));
            atteint &= produit.P(95) <= 100;
        }

        return atteint;
    }

    private static async Task<Mesures> MesurerAsync(int tours, Func<Task> appel)
    {
        for (var i = 0; i < Math.Max(5, tours / 20); i++)
        {
            await appel();
        }

        var temps = new List<double>(tours);
        var chrono = new Stopwatch();
        for (var i = 0; i < tours; i++)
        {
            chrono.Restart();
            await appel();
            temps.Add(chrono.Elapsed.TotalMilliseconds);
        }

        return new Mesures(temps);
    }

    private static async Task<long> SemerAsync(BaseDeBench bdd, int nombre)
    {
        // About 20 candidatures a session: the demo's sessions are copied (under their own actions, published or not)
        // with new ids and references, as many times as needed.
        var demo = await bdd.ScalaireAsync<long>("SELECT count(*) FROM sessions");
        var copies = Math.Max(1, nombre / 20 / Math.Max(1, demo));
        await bdd.SqlAsync($$"""
            DO $$
            DECLARE colonnes text; valeurs text;
            BEGIN
              SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
                     string_agg(CASE column_name
                                  WHEN 'Id' THEN 'gen_random_uuid()'
                                  WHEN 'Reference' THEN '''B'' || lpad((g * 1000 + s.rn)::text, 7, ''0'')'
                                  ELSE 's.' || quote_ident(column_name) END, ', ' ORDER BY ordinal_position)
                INTO colonnes, valeurs
                FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'sessions';
              EXECUTE format('INSERT INTO sessions (%s) SELECT %s FROM (SELECT *, row_number() OVER () AS rn FROM sessions) s CROSS JOIN generate_series(1, {{copies}}) g', colonnes, valeurs);
            END $$;
            """);
        await bdd.SqlAsync("""
            CREATE TABLE bench_structures AS
              SELECT (SELECT "Id" FROM structures WHERE "Nom" = 'Institut de Formation Garonne') AS garonne,
                     (SELECT "Id" FROM structures WHERE "Nom" = 'Atelier Formation Limousin') AS limousin,
                     (SELECT "Id" FROM structures WHERE "Nom" = 'France Travail Bordeaux Bastide') AS agence;
            -- Each session has its OFs, as in the catalogue: a big OF (a tenth of the sessions as Responsable, a
            -- fiftieth as Positionneur, a fortieth as Formateur), a small one (about 0.1 %), and 400 others.
            CREATE TABLE bench_sessions AS
              SELECT x.n, x."Id",
                     CASE WHEN x.n % 10 = 0 THEN st.garonne WHEN x.n % 2000 = 1 THEN st.limousin ELSE md5('of' || (x.n % 400))::uuid END AS responsable,
                     CASE WHEN x.n % 50 = 3 THEN st.garonne ELSE md5('of' || ((x.n / 7) % 400))::uuid END AS positionneur,
                     CASE WHEN x.n % 5000 = 7 THEN st.limousin WHEN x.n % 40 = 9 THEN st.garonne ELSE md5('of' || ((x.n / 13) % 400))::uuid END AS formateur,
                     x.compte
              FROM (SELECT row_number() OVER (ORDER BY s."Id") AS n, s."Id",
                           -- What the catalogue copies into each candidature (ComptageTableauDeBord.Compte).
                           s.statut <> 'supprimee' AND a.statut IN ('publiee', 'modifiee') AS compte
                    FROM sessions s JOIN actions a ON a."Id" = s."ActionId") x CROSS JOIN bench_structures st;
            """);
        var sessions = await bdd.ScalaireAsync<long>("SELECT count(*) FROM bench_sessions");

        // About 20 candidatures a session, spread evenly, with the session's OFs and a mix of states.
        await bdd.SqlAsync("""
            INSERT INTO candidatures ("Id", "SessionId", "CleCandidat", "PrescripteurStructureId", "CreeeParId", "CreeeLe",
                "Dispositif", "Mesure", "SessionReference", "SessionIntitule", "SessionDateDebut", "SessionDateFin",
                "ResponsableId", "PositionneurId", "FormateurId", "NombreConvocations", "DefinitionName", "DefinitionVersion",
                statut, "Version", candidat_date_naissance, candidat_nom, candidat_prenom, "CompteeAuTableauDeBord")
            SELECT gen_random_uuid(), bs."Id", 'bench|' || i, st.agence, st.agence, now() - interval '60 days',
                'PRF', 'PRF-QUALIF', 'B' || (i % 100000), 'Session du banc d''essai', CURRENT_DATE + (i % 360) - 200, CURRENT_DATE + (i % 360) - 100,
                bs.responsable, bs.positionneur, bs.formateur,
                0, 'candidature', 1,
                (ARRAY['en-attente','en-attente','en-attente','a-convoquer','convoquee','avis-a-donner','retenue','retenue','retenue',
                       'retenue','non-retenue','non-retenue','avis-non-transmis','refus-session-complete','refus-session-annulee',
                       'brouillon-prescripteur','supprimee','retenue','non-retenue','en-attente'])[1 + (i * 7) % 20],
                1, DATE '1980-01-01' + (i % 12000), 'Candidat' || i, 'Camille', bs.compte
            FROM generate_series(1, @n) i
            CROSS JOIN bench_structures st
            JOIN bench_sessions bs ON bs.n = 1 + (i::bigint * 7919) % @sessions
            """, ("n", nombre), ("sessions", sessions));
        await bdd.SqlAsync("VACUUM ANALYZE candidatures");
        await bdd.SqlAsync("VACUUM ANALYZE sessions");
        await bdd.SqlAsync("VACUUM ANALYZE actions");
        return sessions;
    }
}
