using Npgsql;

namespace Rafael.Bench.Catalogue;

/// <summary>
/// The baseline: what hand-written queries need to give the same page (count, the page, then the live session count
/// of the page's actions), through plain Npgsql on the same rows.
/// </summary>
internal sealed class SqlBrut(NpgsqlDataSource source)
{
    public async Task<int> PageActionsAsync(string condition, IReadOnlyList<object> valeurs, string tri, int page, int taille)
    {
        await using var connexion = await source.OpenConnectionAsync();
        await using (var total = new NpgsqlCommand($"SELECT count(*)::int FROM actions a WHERE {condition}", connexion))
        {
            Parametrer(total, valeurs);
            _ = (int)(await total.ExecuteScalarAsync())!;
        }

        var ids = new List<Guid>();
        await using (var commande = new NpgsqlCommand(
            $"""
            SELECT a."Id", a."Reference", a."Intitule", a.statut, a."Conventionnee", a."ResponsableId", a."ModifieeLe"
            FROM actions a WHERE {condition} ORDER BY {tri} LIMIT {taille} OFFSET {(page - 1) * taille}
            """,
            connexion))
        {
            Parametrer(commande, valeurs);
            await using var lecteur = await commande.ExecuteReaderAsync();
            while (await lecteur.ReadAsync())
            {
                ids.Add(lecteur.GetGuid(0));
                for (var i = 1; i < lecteur.FieldCount; i++)
                {
                    _ = lecteur.GetValue(i);
                }
            }
        }

        await using var sessions = new NpgsqlCommand(
            """
            SELECT s."ActionId", count(*)::int FROM sessions s
            WHERE s."ActionId" = ANY($1) AND s.statut NOT IN ('annulee', 'supprimee') GROUP BY s."ActionId"
            """,
            connexion);
        sessions.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        _ = await LireAsync(sessions);
        return ids.Count;
    }

    public async Task<int> SuppressionsAsync()
    {
        await using var connexion = await source.OpenConnectionAsync();
        await using var commande = new NpgsqlCommand(
            """SELECT * FROM sessions WHERE statut = 'suppression-demandee' ORDER BY "ModifieeLe" LIMIT 100""", connexion);
        return await LireAsync(commande);
    }

    private static void Parametrer(NpgsqlCommand commande, IReadOnlyList<object> valeurs)
    {
        foreach (var valeur in valeurs)
        {
            commande.Parameters.Add(new NpgsqlParameter { Value = valeur });
        }
    }

    private static async Task<int> LireAsync(NpgsqlCommand commande)
    {
        await using var lecteur = await commande.ExecuteReaderAsync();
        var lignes = 0;
        while (await lecteur.ReadAsync())
        {
            for (var i = 0; i < lecteur.FieldCount; i++)
            {
                _ = lecteur.GetValue(i);
            }

            lignes++;
        }

        return lignes;
    }
}
