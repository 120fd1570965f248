namespace Rafael.Rules;

/// <summary>Reads the JSON files compiled into this assembly.</summary>
internal static class EmbeddedResources
{
    public static string Read(string name)
    {
        using var stream = typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Ressource absente de l'assemblage : {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> Names(string prefix) =>
        typeof(EmbeddedResources).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal));
}
