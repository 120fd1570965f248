namespace Rafael.Specs.Runner;

/// <summary>The data table of a step: the first row names the columns.</summary>
public sealed class Table
{
    public Table(IReadOnlyList<IReadOnlyList<string>> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count == 0)
        {
            throw new ArgumentException("Un tableau a au moins une ligne.", nameof(cells));
        }

        Cells = cells;
        var duplicate = Header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"La colonne « {duplicate.Key} » apparaît deux fois.", nameof(cells));
        }

        Rows = [.. cells.Skip(1).Select(ToRow)];
    }

    /// <summary>Every cell, header row included, as written.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cells { get; }

    public IReadOnlyList<string> Header => Cells[0];

    /// <summary>The rows under the header, each keyed by column name.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    /// <summary>A vertical two-column table (name | value on each line, no header) as a dictionary.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        if (Cells.Any(row => row.Count != 2))
        {
            throw new InvalidOperationException("Seul un tableau de deux colonnes (nom | valeur) se lit comme un dictionnaire.");
        }

        return Cells.ToDictionary(row => row[0], row => row[1], StringComparer.Ordinal);
    }

    /// <summary>The values of one column, header excluded.</summary>
    public IReadOnlyList<string> Column(string name)
    {
        if (!Header.Contains(name))
        {
            throw new KeyNotFoundException($"Pas de colonne « {name} » (colonnes : {string.Join(", ", Header)}).");
        }

        return [.. Rows.Select(r => r[name])];
    }

    private Dictionary<string, string> ToRow(IReadOnlyList<string> cells)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Header.Count; i++)
        {
            row[Header[i]] = cells[i];
        }

        return row;
    }
}
