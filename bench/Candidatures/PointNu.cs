using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Rafael.Bench.Candidatures;

/// <summary>
/// The witness: an endpoint mapped by the benchmark only, in the same Kestrel host and on the same database, that
/// reads the same JSON body and inserts one row per request: HTTP and one INSERT, nothing of the product.
/// </summary>
internal sealed class PointNu(string connectionString) : IStartupFilter, IAsyncDisposable
{
    public const string Chemin = "/bench/nu";

    private readonly NpgsqlDataSource source = NpgsqlDataSource.Create(connectionString);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(Chemin, branche => branche.Run(async contexte =>
        {
            using var corps = new StreamReader(contexte.Request.Body);
            var json = await corps.ReadToEndAsync(contexte.RequestAborted);
            await using var commande = source.CreateCommand("INSERT INTO bench_nu (id, corps, le) VALUES (@id, @corps::jsonb, now())");
            commande.Parameters.AddWithValue("id", Guid.NewGuid());
            commande.Parameters.AddWithValue("corps", json);
            await commande.ExecuteNonQueryAsync(contexte.RequestAborted);
            contexte.Response.StatusCode = StatusCodes.Status201Created;
        }));
        next(app);
    };

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
