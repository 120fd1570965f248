namespace Rafael.Specs.Runner;

/// <summary>Every feature file under a folder, parsed.</summary>
public sealed class FeatureCatalog
{
    private FeatureCatalog(string root, IReadOnlyList<FeatureSpec> features)
    {
        Root = root;
        Features = features;
    }

    public string Root { get; }

    /// <summary>The features in path order; a file that does not parse yields one case that fails with the reason.</summary>
    public IReadOnlyList<FeatureSpec> Features { get; }

    public IEnumerable<ScenarioSpec> Scenarios => Features.SelectMany(f => f.Scenarios);

    public static FeatureCatalog Load(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Dossier des fonctionnalités introuvable : {root}");
        }

        var features = Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => Read(root, path))
            .ToList();
        return new FeatureCatalog(root, features);
    }

    public ScenarioSpec Find(string path, int line) =>
        Scenarios.SingleOrDefault(s => s.FeaturePath == path && s.Line == line)
        ?? throw new KeyNotFoundException($"Aucun scénario à la ligne {line} de {path}.");

    private static FeatureSpec Read(string root, string path)
    {
        try
        {
            using var reader = File.OpenText(Path.Combine(root, path));
            return FeatureParser.Parse(path, reader);
        }
        catch (FeatureParseException e)
        {
            // A broken file must fail the run, not vanish from it.
            var name = Path.GetFileNameWithoutExtension(path);
            var broken = new ScenarioSpec(path, name, 0, 0, "Fichier illisible", null, [], [], new Dictionary<string, string>(), e.Message);
            return new FeatureSpec(path, name, string.Empty, [], [broken]);
        }
    }
}
