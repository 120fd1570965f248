using System.Globalization;

namespace Rafael.Bench.Candidatures;

/// <summary>The command line: parts, then "--name value" options.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> valeurs = new(StringComparer.Ordinal);

    public List<string> Parties { get; } = [];

    public static Options Lire(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                options.valeurs[args[i]] = args[++i];
            }
            else
            {
                options.Parties.Add(args[i]);
            }
        }

        return options;
    }

    public string? Valeur(string nom) => valeurs.GetValueOrDefault(nom);

    public int Entier(string nom, int defaut) => valeurs.TryGetValue(nom, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : defaut;
}
