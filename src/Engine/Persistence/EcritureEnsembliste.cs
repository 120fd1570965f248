using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Rafael.Engine.Persistence;

/// <summary>
/// The rows of a set-based statement, as the provider takes them best: on PostgreSQL one array parameter per column,
/// read back by <c>unnest</c> (a handful of parameters whatever the number of rows); elsewhere a <c>VALUES</c> list.
/// Values go through the properties' type mappings and converters, as EF would send them.
/// </summary>
internal sealed partial class EcritureEnsembliste(DbConnection connexion, DbTransaction? transaction, ISqlGenerationHelper sql, bool postgres)
{
    // Below SQLite's parameter limit (32,766) with room to spare.
    private const int ParametresParInstruction = 16_000;

    private const int LignesParTableau = 5_000;

    public ISqlGenerationHelper Sql => sql;

    public DbCommand Commande()
    {
        var commande = connexion.CreateCommand();
        commande.Transaction = transaction;
        return commande;
    }

    public IEnumerable<List<T>> Tranches<T>(List<T> lignes, int colonnes) =>
        lignes.Chunk(postgres ? LignesParTableau : Math.Max(1, ParametresParInstruction / colonnes)).Select(t => t.ToList());

    /// <summary>Appends a row source (<c>SELECT * FROM unnest(…)</c> or <c>VALUES …</c>) whose columns are <paramref name="colonnes"/>.</summary>
    public void AjouterLignes<T>(StringBuilder texte, DbCommand commande, IReadOnlyList<T> lignes, List<ColonneEnsembliste<T>> colonnes)
    {
        if (postgres)
        {
            texte.Append("SELECT * FROM unnest(");
            for (var j = 0; j < colonnes.Count; j++)
            {
                var mapping = (RelationalTypeMapping)colonnes[j].Propriete.GetTypeMapping();
                var parametre = commande.CreateParameter();
                parametre.ParameterName = $"p{j}";
                parametre.Value = Tableau(mapping, colonnes[j], lignes);
                commande.Parameters.Add(parametre);
                // Without its length: an explicit cast to varchar(n) would truncate where the assignment refuses.
                texte.Append(j == 0 ? "CAST(@p" : ", CAST(@p").Append(j).Append(" AS ").Append(SansModificateur().Replace(mapping.StoreType, string.Empty)).Append("[])");
            }

            texte.Append(')');
            return;
        }

        var mappings = colonnes.Select(c => (RelationalTypeMapping)c.Propriete.GetTypeMapping()).ToList();
        texte.Append("VALUES ");
        for (var i = 0; i < lignes.Count; i++)
        {
            texte.Append(i == 0 ? "(" : ", (");
            for (var j = 0; j < colonnes.Count; j++)
            {
                var nom = $"p{commande.Parameters.Count}";
                commande.Parameters.Add(mappings[j].CreateParameter(commande, nom, colonnes[j].Valeur(lignes[i]), colonnes[j].Propriete.IsNullable));
                texte.Append(j == 0 ? "@" : ", @").Append(nom);
            }

            texte.Append(')');
        }
    }

    private static Array Tableau<T>(RelationalTypeMapping mapping, ColonneEnsembliste<T> colonne, IReadOnlyList<T> lignes)
    {
        var convertisseur = mapping.Converter;
        var type = convertisseur?.ProviderClrType ?? colonne.Propriete.ClrType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        var tableau = Array.CreateInstance(type.IsValueType ? typeof(Nullable<>).MakeGenericType(type) : type, lignes.Count);
        for (var i = 0; i < lignes.Count; i++)
        {
            var valeur = colonne.Valeur(lignes[i]);
            tableau.SetValue(valeur is null || convertisseur is null ? valeur : convertisseur.ConvertToProvider(valeur), i);
        }

        return tableau;
    }

    [GeneratedRegex(@"\(\s*\d+(\s*,\s*\d+)?\s*\)")]
    private static partial Regex SansModificateur();
}
