using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Rafael.Engine.Persistence;

namespace Rafael.Api.Tests;

/// <summary>
/// No SQL Server runs here, so CI generates the idempotent SQL Server script from the migrations: a model that the
/// SQL Server provider cannot map fails here. The script is kept as an artifact.
/// </summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void Le_script_SQL_Server_idempotent_est_genere_et_complet()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var dossier = Path.Combine(AppContext.BaseDirectory, "sqlserver");
        Directory.CreateDirectory(dossier);
        File.WriteAllText(Path.Combine(dossier, "rafael-sqlserver.sql"), script);

        // Idempotent: each migration runs only when the history table does not have it yet.
        Assert.Contains("SELECT * FROM [__EFMigrationsHistory]", script, StringComparison.Ordinal);
        Assert.Contains("WHERE [MigrationId] = N'", script, StringComparison.Ordinal);
        foreach (var table in new[] { "comptes", "structures", "rattachements", "demandes", "dispositifs", "mesures", "droits_preinscription", "journal", "outbox_messages", "deadlines" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Les_migrations_couvrent_le_modele_sur_les_trois_fournisseurs()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        foreach (DbContext db in new DbContext[] { sqlite, postgres, sqlServer })
        {
            Assert.False(db.Database.HasPendingModelChanges(), $"{db.GetType().Name} : le modèle a changé sans migration (src/Engine/Persistence/add-migration.sh).");
        }
    }
}
