using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Workflows.Deadlines;

namespace Rafael.Bench.Candidatures;

/// <summary>
/// AVIS-07: the sweep turning due candidatures into Avis non transmis, through the engine (state, journal, outbox,
/// deadlines), against a bare set-based UPDATE of the state column of a copy of the same rows.
/// </summary>
internal static class Echeances
{
    public static async Task<bool> ExecuterAsync(string serveur, int nombre, bool profil = false)
    {
        Console.WriteLine($"== echeances : {nombre:N0} candidatures dont l'échéance des 21 jours est passée ==");
        await using var bdd = await BaseDeBench.CreerAsync(serveur, "echeances");
        await using var hote = HoteApi.Demarrer(bdd.ConnectionString);

        var chrono = Stopwatch.StartNew();
        await SemerAsync(bdd, nombre);
        Console.WriteLine($"Semis : {nombre:N0} candidatures en attente, session terminée il y a 30 jours, et leurs échéances, en {chrono.Elapsed.TotalSeconds:F1} s");

        // The copy: same rows, same indexes, for the bare UPDATE.
        await bdd.SqlAsync("""
            CREATE TABLE candidatures_copie (LIKE candidatures INCLUDING ALL);
            INSERT INTO candidatures_copie SELECT * FROM candidatures WHERE "SessionReference" = 'BENCH-ECH';
            """);
        foreach (var table in new[] { "candidatures", "candidatures_copie", "deadlines" })
        {
            await bdd.SqlAsync($"VACUUM ANALYZE {table}");
        }


        chrono.Restart();
        var nus = await bdd.SqlAsync("""
            UPDATE candidatures_copie SET statut = 'avis-non-transmis', "AvisLe" = now(), "Version" = "Version" + 1
            WHERE statut = 'en-attente' AND "SessionDateFin" <= CURRENT_DATE - 21
            """);
        var tempsNu = chrono.Elapsed;
        Console.WriteLine($"UPDATE nu ensembliste        : {nus:N0} lignes en {tempsNu.TotalMilliseconds:F0} ms");

        var processeur = hote.Services.GetRequiredService<DeadlineProcessor>();
        using var profilage = profil ? new ProfilBalayage() : null;
        profilage?.Demarrer();
        chrono.Restart();
        int reclamees = 0, traitees = 0, echouees = 0, tours = 0;
        while (true)
        {
            var tour = await processeur.RunOnceAsync(CancellationToken.None);
            if (tour.Claimed == 0)
            {
                break;
            }

            tours++;
            reclamees += tour.Claimed;
            traitees += tour.Handled;
            echouees += tour.Failed;
        }

        var tempsBalayage = chrono.Elapsed;
        profilage?.Arreter();
        var ratio = tempsBalayage / tempsNu;
        Console.WriteLine($"Balayage réel (DeadlineProcessor, lots de {new DeadlineProcessorOptions().BatchSize}) : {traitees:N0} traitées, {echouees} en échec, en {tempsBalayage.TotalMilliseconds:F0} ms ({tours} passages, {traitees / tempsBalayage.TotalSeconds:F0} échéances/s)");

        var passees = await bdd.ScalaireAsync<long>("""SELECT count(*) FROM candidatures WHERE "SessionReference" = 'BENCH-ECH' AND statut = 'avis-non-transmis' AND "AvisLe" IS NOT NULL""");
        var journal = await bdd.ScalaireAsync<long>("""
            SELECT count(DISTINCT j."EntityId") FROM journal j
            WHERE j."Action" = 'echeance.avis-non-transmis' AND j."EntityType" = 'Candidature' AND j."Changes" LIKE '%avis-non-transmis%'
            """);
        // Only the bench's candidatures (the demo's give verdicts too), by the subject in the idempotency key (type:sujet:id:…).
        const string DuBanc = """
            SELECT count(*) FROM outbox_messages o JOIN candidatures c ON c."Id" = split_part(o."IdempotencyKey", ':', 3)::uuid
            WHERE c."SessionReference" = 'BENCH-ECH' AND o."Type" = 
            """;
        var messages = await bdd.ScalaireAsync<long>(DuBanc + "'agora.avis'");
        var notifications = await bdd.ScalaireAsync<long>(DuBanc + "'notification.candidature.avis-donne'");
        // Only the due ones: the demo's candidatures have deadlines still to come.
        var restantes = await bdd.ScalaireAsync<long>("""SELECT count(*) FROM deadlines WHERE "State" = 'Pending' AND "SubjectType" = 'candidature' AND "NextAttemptAt" <= now()""");
        var complet = passees == nombre && journal == nombre && messages == nombre && notifications == nombre && restantes == 0;
        Console.WriteLine($"Vérification : {passees:N0} en Avis non transmis, {journal:N0} au journal, {messages:N0} messages agora.avis, {notifications:N0} notifications au prescripteur, {restantes} échéances dues restantes → {(complet ? "complet" : "INCOMPLET")}");
        profilage?.Imprimer();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rapport balayage / UPDATE nu : {ratio:F1} (objectif ≤ 5)"));
        return complet && ratio <= 5;
    }

    private static async Task SemerAsync(BaseDeBench bdd, int nombre)
    {
        // Candidatures as a validated pre-registration leaves them (en attente, definition version 1), on sessions that
        // ended 30 days ago; their reminder already fired and their Avis non transmis deadline fell due 9 days ago.
        await bdd.SqlAsync("""
            CREATE TEMP TABLE ids AS SELECT i, gen_random_uuid() AS id FROM generate_series(1, @n) i;
            WITH s AS (SELECT (SELECT "Id" FROM structures WHERE "Nom" = 'Institut de Formation Garonne') AS garonne,
                              (SELECT "Id" FROM structures WHERE "Nom" = 'Campus des Métiers de Pau') AS pau,
                              (SELECT "Id" FROM structures WHERE "Nom" = 'Atelier Formation Limousin') AS limousin,
                              (SELECT "Id" FROM structures WHERE "Nom" = 'France Travail Bordeaux Bastide') AS agence)
            INSERT INTO candidatures ("Id", "SessionId", "CleCandidat", "PrescripteurStructureId", "CreeeParId", "CreeeLe",
                "ValideeParId", "ValideeLe", "Dispositif", "Mesure", "SessionReference", "SessionIntitule", "SessionDateDebut",
                "SessionDateFin", "ResponsableId", "PositionneurId", "FormateurId", "NombreConvocations", "DefinitionName",
                "DefinitionVersion", statut, "Version", candidat_date_naissance, candidat_nom, candidat_prenom)
            SELECT ids.id, md5('session' || (ids.i % 2000))::uuid, 'bench|' || ids.i, s.agence, s.agence, now() - interval '120 days',
                s.agence, now() - interval '120 days', 'PRF', 'PRF-QUALIF', 'BENCH-ECH', 'Session du banc d''essai',
                CURRENT_DATE - 120, CURRENT_DATE - 30, s.garonne, s.pau, s.limousin, 0, 'candidature',
                1, 'en-attente', 1, DATE '1990-01-01' + (ids.i % 9000), 'Candidat' || ids.i, 'Camille'
            FROM ids, s;
            INSERT INTO deadlines ("Id", "SubjectType", "SubjectId", "Name", "Trigger", "DueAt", "NextAttemptAt", "State", "Attempts", "FiredAt", "Version")
            SELECT gen_random_uuid(), 'candidature', ids.id::text, 'relance-avis', 'relancerAvis', now() - interval '16 days', now() - interval '16 days', 'Fired', 0, now() - interval '16 days', 2
            FROM ids;
            INSERT INTO deadlines ("Id", "SubjectType", "SubjectId", "Name", "Trigger", "DueAt", "NextAttemptAt", "State", "Attempts", "Version")
            SELECT gen_random_uuid(), 'candidature', ids.id::text, 'avis-non-transmis', 'passerEnAvisNonTransmis', now() - interval '9 days', now() - interval '9 days', 'Pending', 0, 1
            FROM ids;
            """, ("n", nombre));
    }
}
