using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Rafael.Engine.Persistence;

namespace Rafael.Engine.Catalogue;

/// <summary>
/// Hands out references (CAT-02) with one atomic <c>UPDATE … RETURNING</c> on a counter row, committed at once and
/// outside the command's transaction: concurrent creations queue on the row's lock for a moment only, and a command
/// that later fails leaves a gap rather than a reference that could be handed out twice.
/// </summary>
public static class ReferencesCatalogue
{
    /// <summary>First action value minus one: action references are 12 digits starting with <c>20</c>.</summary>
    public const long DepartActions = 200_000_000_000;

    /// <summary>Session references are 8 digits starting with <c>00</c>: at most 999,999.</summary>
    public const long MaxSessions = 999_999;

    /// <summary>The next action reference.</summary>
    /// <param name="db">The unit of work (its connection is used outside its transaction when none is open).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>12 digits starting with 20.</returns>
    public static async Task<string> ProchaineActionAsync(RafaelDbContext db, CancellationToken cancellationToken = default)
    {
        var valeur = await IncrementerAsync(db, CompteurReference.Action, 1, cancellationToken);
        return valeur.ToString("D12", CultureInfo.InvariantCulture);
    }

    /// <summary>The next session reference (numéro Carif).</summary>
    /// <param name="db">The unit of work.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>8 digits starting with 00.</returns>
    public static async Task<string> ProchaineSessionAsync(RafaelDbContext db, CancellationToken cancellationToken = default)
    {
        var valeur = await IncrementerAsync(db, CompteurReference.Session, 1, cancellationToken);
        if (valeur > MaxSessions)
        {
            throw new InvalidOperationException("Les numéros de session (8 chiffres commençant par 00) sont épuisés.");
        }

        return valeur.ToString("D8", CultureInfo.InvariantCulture);
    }

    /// <summary>Reserves <paramref name="nombre"/> consecutive values and returns the last one.</summary>
    /// <param name="db">The unit of work.</param>
    /// <param name="nom">The counter.</param>
    /// <param name="nombre">How many values.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The last value reserved.</returns>
    public static async Task<long> IncrementerAsync(RafaelDbContext db, string nom, int nombre, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = db.Database.ProviderName switch
        {
            { } p when p.Contains("SqlServer", StringComparison.Ordinal) =>
                "UPDATE compteurs_references SET valeur = valeur + @nombre OUTPUT inserted.valeur WHERE nom = @nom",
            _ => "UPDATE compteurs_references SET valeur = valeur + @nombre WHERE nom = @nom RETURNING valeur",
        };
        var connexion = db.Database.GetDbConnection();
        var ouverte = connexion.State == ConnectionState.Open;
        if (!ouverte)
        {
            await connexion.OpenAsync(cancellationToken);
        }

        try
        {
            await using var commande = connexion.CreateCommand();
            commande.CommandText = sql;
            commande.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Parametre(commande, "@nombre", nombre);
            Parametre(commande, "@nom", nom);
            var resultat = await commande.ExecuteScalarAsync(cancellationToken);
            if (resultat is null or DBNull)
            {
                // The row is seeded by the migration; a database emptied by hand gets it back, from the start value.
                await RecreerAsync(connexion, db, nom, cancellationToken);
                resultat = await commande.ExecuteScalarAsync(cancellationToken)
                    ?? throw new InvalidOperationException($"Compteur de références « {nom} » absent.");
            }

            return Convert.ToInt64(resultat, CultureInfo.InvariantCulture);
        }
        finally
        {
            if (!ouverte)
            {
                await connexion.CloseAsync();
            }
        }
    }

    private static async Task RecreerAsync(DbConnection connexion, RafaelDbContext db, string nom, CancellationToken cancellationToken)
    {
        await using var insertion = connexion.CreateCommand();
        insertion.CommandText = "INSERT INTO compteurs_references (nom, valeur) VALUES (@nom, @valeur)";
        insertion.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Parametre(insertion, "@nom", nom);
        Parametre(insertion, "@valeur", nom == CompteurReference.Action ? DepartActions : 0L);
        try
        {
            await insertion.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException) when (db.Database.CurrentTransaction is null)
        {
            // Another command recreated it meanwhile.
        }
    }

    private static void Parametre(DbCommand commande, string nom, object valeur)
    {
        var p = commande.CreateParameter();
        p.ParameterName = nom;
        p.Value = valeur;
        commande.Parameters.Add(p);
    }
}
