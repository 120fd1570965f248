using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Rafael.Api.Tests.Support;
using Rafael.Engine.Candidatures;

namespace Rafael.Api.Tests.Candidatures;

/// <summary>The Api with the candidature tests' sessions.</summary>
public interface IHoteCandidatures
{
    SessionsEnMemoire Sessions { get; }
}

/// <summary>On SQLite.</summary>
public sealed class CandidaturesSqliteHost : ApiHost, IHoteCandidatures
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "rafael-tests", Guid.NewGuid().ToString("N"));

    public SessionsEnMemoire Sessions { get; } = new();

    protected override string Provider => "Sqlite";

    protected override void ConfigurerServices(IServiceCollection services)
    {
        services.RemoveAll<ISessionsCandidatables>();
        services.AddSingleton<ISessionsCandidatables>(Sessions);
    }

    protected override Task<string> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(folder);
        return Task.FromResult($"Data Source={Path.Combine(folder, "rafael.db")}");
    }

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>On a fresh PostgreSQL database.</summary>
public sealed class CandidaturesPostgresHost : ApiHost, IHoteCandidatures
{
    private string? server;
    private string? database;

    public SessionsEnMemoire Sessions { get; } = new();

    protected override string Provider => "PostgreSQL";

    protected override void ConfigurerServices(IServiceCollection services)
    {
        services.RemoveAll<ISessionsCandidatables>();
        services.AddSingleton<ISessionsCandidatables>(Sessions);
    }

    protected override async Task<string> CreateDatabaseAsync()
    {
        server = PostgresEnvironment.ConnectionString;
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("Pas de PostgreSQL configuré.");
        }

        var connectionString = await PostgresEnvironment.CreateDatabaseAsync(server, "rafael_cand");
        database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        return connectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        if (server is not null && database is not null)
        {
            await PostgresEnvironment.DropDatabaseAsync(server, database);
        }
    }
}

/// <summary>Starts the PostgreSQL host only when a server is configured (the tests then skip or fail on their own).</summary>
public sealed class CandidaturesPostgresFixture : IAsyncLifetime
{
    public CandidaturesPostgresHost Host { get; } = new();

    public async ValueTask InitializeAsync()
    {
        if (!string.IsNullOrWhiteSpace(PostgresEnvironment.ConnectionString))
        {
            await Host.InitializeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!string.IsNullOrWhiteSpace(PostgresEnvironment.ConnectionString))
        {
            await Host.DisposeAsync();
        }
    }
}
