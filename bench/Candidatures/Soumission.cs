using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace Rafael.Bench.Candidatures;

/// <summary>
/// Pre-registrations over HTTP (cookie authentication, validation, rules, state, journal, outbox, deadlines, commit)
/// by concurrent prescribers, against the witness endpoint inserting one row, with the same clients in the same run.
/// </summary>
internal static class Soumission
{
    public static async Task<bool> ExecuterAsync(string serveur, int duree, int nombreClients, int nombreSessions)
    {
        Console.WriteLine($"== soumission : {nombreClients} clients HTTP concurrents sur {nombreSessions} sessions, {duree} s par phase ==");
        await using var bdd = await BaseDeBench.CreerAsync(serveur, "soumission");
        await using var nu = new PointNu(bdd.ConnectionString);
        await using var hote = HoteApi.Demarrer(bdd.ConnectionString, nu);
        await bdd.SqlAsync("CREATE TABLE bench_nu (id uuid PRIMARY KEY, corps jsonb NOT NULL, le timestamptz NOT NULL)");
        var sessions = await SessionsDuBanc.CreerAsync(hote.Services, nombreSessions);
        Console.WriteLine($"{sessions.Count} sessions financées ouvertes créées et publiées");

        // Prescribers of level 3, as the portal signs them in (a cookie each): their pre-registrations go straight to En attente.
        var clients = new List<HttpClient>();
        for (var i = 0; i < nombreClients; i++)
        {
            clients.Add(await hote.ConnecterAsync("prescripteur3@demo.rafael.fr"));
        }

        var compteur = 0;
        object Corps(int client)
        {
            var n = Interlocked.Increment(ref compteur);
            return new
            {
                sessionId = sessions[n % sessions.Count],
                candidat = new
                {
                    nom = string.Create(CultureInfo.InvariantCulture, $"Banc{client}x{n}"),
                    prenom = "Camille",
                    dateNaissance = new DateOnly(1970, 1, 1).AddDays(n % 12000),
                    email = "camille@example.org",
                    telephone = "06 00 00 00 00",
                    situation = "Demandeur d'emploi",
                },
            };
        }

        // Warm-up of both paths (JIT, pools, caches), then the measured phases, the witness last.
        await PhaseAsync(clients, "/api/preinscriptions", Corps, TimeSpan.FromSeconds(3));
        await PhaseAsync(clients, PointNu.Chemin, Corps, TimeSpan.FromSeconds(2));
        await CompterAsync(clients[0], Corps(0));
        var produit = await PhaseAsync(clients, "/api/preinscriptions", Corps, TimeSpan.FromSeconds(duree));
        var temoin = await PhaseAsync(clients, PointNu.Chemin, Corps, TimeSpan.FromSeconds(duree));

        var enAttente = await bdd.ScalaireAsync<long>("SELECT count(*) FROM candidatures WHERE statut IN ('en-attente', 'a-convoquer', 'convoquee', 'avis-a-donner')");
        var ratio = produit.Debit / temoin.Debit;
        Console.WriteLine($"POST /api/preinscriptions : {produit}");
        Console.WriteLine($"Point nu (1 INSERT)       : {temoin}");
        Console.WriteLine($"Candidatures en attente (sous-états compris) en base : {enAttente:N0}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rapport débit produit / point nu : {ratio:F2} (objectif ≥ 0,5) ; débit {produit.Debit:F0}/s (objectif ≥ 1 000/s) ; p99 {produit.Temps.P(99):F1} ms (objectif ≤ 50 ms)"));
        foreach (var client in clients)
        {
            client.Dispose();
        }

        return produit.Erreurs == 0 && ratio >= 0.5 && produit.Debit >= 1000 && produit.Temps.P(99) <= 50;
    }

    /// <summary>The SQL commands of one submission alone, after the warm-up (caches filled): its round trips to the database.</summary>
    private static async Task CompterAsync(HttpClient client, object corps)
    {
        using var compteur = new CompteurSql();
        var commandes = await compteur.MesurerAsync(async () =>
        {
            using var reponse = await client.PostAsJsonAsync(new Uri("/api/preinscriptions", UriKind.Relative), corps);
            reponse.EnsureSuccessStatusCode();
        });
        Console.WriteLine($"Une préinscription seule : {commandes.Count} allers-retours à la base (commandes ou lots, et COMMIT)");
        foreach (var commande in commandes)
        {
            Console.WriteLine("  " + (commande.Length > 160 ? commande[..160] + "…" : commande));
        }
    }

    private static async Task<Phase> PhaseAsync(List<HttpClient> clients, string chemin, Func<int, object> corps, TimeSpan duree)
    {
        var temps = new ConcurrentBag<double>();
        var erreurs = 0;
        string? premiereErreur = null;
        var chrono = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, numero) => Task.Run(async () =>
        {
            var montre = new Stopwatch();
            while (chrono.Elapsed < duree)
            {
                montre.Restart();
                using var reponse = await client.PostAsJsonAsync(new Uri(chemin, UriKind.Relative), corps(numero));
                await reponse.Content.LoadIntoBufferAsync();
                temps.Add(montre.Elapsed.TotalMilliseconds);
                if (reponse.StatusCode != HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref erreurs);
                    premiereErreur ??= $"{(int)reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}";
                }
            }
        })));
        var ecoule = chrono.Elapsed;
        if (premiereErreur is not null)
        {
            Console.WriteLine($"  {chemin} : {erreurs} réponses autres que 201, la première : {premiereErreur}");
        }

        return new Phase(new Mesures(temps), temps.Count / ecoule.TotalSeconds, erreurs);
    }

    private sealed record Phase(Mesures Temps, double Debit, int Erreurs)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Temps.Nombre} requêtes, {Debit:F0}/s, {Temps}, {Erreurs} erreurs");
    }
}
