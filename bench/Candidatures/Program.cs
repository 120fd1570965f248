
// Usage: dotnet run -c Release --project bench/Candidatures [-- [soumission|echeances|tableau]... [--connexion "Host=…"]
//        [--duree 20] [--sessions 50] [--echeances 100000] [--candidatures 1000000] [--tours 200] [--profil oui]]
// Without a part, all three run. The server comes from --connexion or RAFAEL_TEST_POSTGRES; each part has its own database.
namespace Rafael.Bench.Candidatures;

/// <summary>The benchmark's entry point (not top-level statements: the Api's Program is referenced).</summary>
internal static class PointEntree
{
    public static async Task<int> Main(string[] args)
    {
        var options = Options.Lire(args);
        var serveur = options.Valeur("--connexion") ?? Environment.GetEnvironmentVariable("RAFAEL_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(serveur))
        {
            Console.Error.WriteLine("Donnez le serveur PostgreSQL : --connexion \"Host=…;Username=…\" ou RAFAEL_TEST_POSTGRES.");
            return 2;
        }

        var parties = options.Parties.Count > 0 ? options.Parties : ["soumission", "echeances", "tableau"];
        Console.WriteLine($"Machine : {Machine.Decrire()} — machine partagée : les chiffres en dépendent, les rapports au témoin nu beaucoup moins.");
        var atteints = true;
        foreach (var partie in parties)
        {
            atteints &= partie switch
            {
                "soumission" => await Soumission.ExecuterAsync(serveur, options.Entier("--duree", 20), options.Entier("--clients", 32), options.Entier("--sessions", 50)),
                "echeances" => await Echeances.ExecuterAsync(serveur, options.Entier("--echeances", 100_000), options.Valeur("--profil") is "oui"),
                "tableau" => await Tableau.ExecuterAsync(serveur, options.Entier("--candidatures", 1_000_000), options.Entier("--tours", 200)),
                _ => throw new ArgumentException($"Partie inconnue : {partie} (soumission, echeances ou tableau)."),
            };
            Console.WriteLine($"Machine après {partie} : {Machine.Decrire()}");
        }

        Console.WriteLine(atteints ? "Objectifs atteints." : "Objectif(s) manqué(s) : voir ci-dessus.");
        return atteints ? 0 : 1;
    }
}
