using Npgsql;

namespace Rafael.Bench.Candidatures;

/// <summary>A PostgreSQL database of the benchmark's own, recreated at each run and dropped at the end.</summary>
internal sealed class BaseDeBench : IAsyncDisposable
{
    private readonly string serveur;

    private BaseDeBench(string serveur, string nom)
    {
        this.serveur = serveur;
        Nom = nom;
        // Large enough for 32 clients and the host's own work, so that the pool is never what the figures measure.
        ConnectionString = new NpgsqlConnectionStringBuilder(serveur) { Database = nom, MaxPoolSize = 100 }.ConnectionString;
    }

    public string Nom { get; }

    public string ConnectionString { get; }

    public static async Task<BaseDeBench> CreerAsync(string serveur, string partie)
    {
        var nom = $"rafael_bench_candidatures_{partie}";
        await ExecuterAsync(serveur, $"DROP DATABASE IF EXISTS \"{nom}\" WITH (FORCE)");
        await ExecuterAsync(serveur, $"CREATE DATABASE \"{nom}\"");
        return new BaseDeBench(serveur, nom);
    }

    /// <summary>Runs SQL on this database, without a time limit (seeding a million rows takes a while).</summary>
    public async Task<int> SqlAsync(string sql, params (string Nom, object Valeur)[] parametres)
    {
        await using var connexion = new NpgsqlConnection(ConnectionString);
        await connexion.OpenAsync();
        await using var commande = new NpgsqlCommand(sql, connexion) { CommandTimeout = 0 };
        foreach (var (nom, valeur) in parametres)
        {
            commande.Parameters.AddWithValue(nom, valeur);
        }

        return await commande.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalaireAsync<T>(string sql, params (string Nom, object Valeur)[] parametres)
    {
        await using var connexion = new NpgsqlConnection(ConnectionString);
        await connexion.OpenAsync();
        await using var commande = new NpgsqlCommand(sql, connexion) { CommandTimeout = 0 };
        foreach (var (nom, valeur) in parametres)
        {
            commande.Parameters.AddWithValue(nom, valeur);
        }

        return (T)Convert.ChangeType((await commande.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuterAsync(serveur, $"DROP DATABASE IF EXISTS \"{Nom}\" WITH (FORCE)");
    }

    private static async Task ExecuterAsync(string serveur, string sql)
    {
        await using var connexion = new NpgsqlConnection(serveur);
        await connexion.OpenAsync();
        await using var commande = new NpgsqlCommand(sql, connexion);
        await commande.ExecuteNonQueryAsync();
    }
}
