namespace Rafael.Studio.Services;

/// <summary>A line diff (longest common subsequence), enough for documents of a few hundred lines.</summary>
public static class Diff
{
    public static IReadOnlyList<LigneDiff> Lignes(string gauche, string droite)
    {
        var a = Decouper(gauche);
        var b = Decouper(droite);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lignes = new List<LigneDiff>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lignes.Add(new LigneDiff(x + 1, a[x], y + 1, b[y]));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                lignes.Add(new LigneDiff(null, null, y + 1, b[y]));
                y++;
            }
            else
            {
                lignes.Add(new LigneDiff(x + 1, a[x], null, null));
                x++;
            }
        }

        return lignes;
    }

    private static string[] Decouper(string texte) => texte.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
