using System.Xml;
using System.Xml.Schema;

namespace Rafael.Engine.OffreInfo;

/// <summary>
/// Finds the official LHEO 2.3 schema so that imported feeds are validated before anything is read from them:
/// the configured path (<c>Rafael:OffreInfo:SchemaLheo</c>) or <c>shared/standards/lheo-2.3.xsd</c> above the
/// application's folder or the working directory. Without it, feeds are read on a best-effort basis.
/// </summary>
public static class SchemaLheo
{
    /// <summary>The compiled schema, or null when it is nowhere to be found.</summary>
    /// <param name="chemin">The configured path, if any.</param>
    /// <returns>The schema set.</returns>
    /// <exception cref="FileNotFoundException">A path is configured but the file is absent.</exception>
    public static XmlSchemaSet? Charger(string? chemin)
    {
        if (!string.IsNullOrWhiteSpace(chemin))
        {
            return File.Exists(chemin) ? Compiler(chemin) : throw new FileNotFoundException("Schéma LHEO configuré introuvable.", chemin);
        }

        foreach (var depart in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dossier = new DirectoryInfo(depart); dossier is not null; dossier = dossier.Parent)
            {
                var candidat = Path.Combine(dossier.FullName, "shared", "standards", "lheo-2.3.xsd");
                if (File.Exists(candidat))
                {
                    return Compiler(candidat);
                }
            }
        }

        return null;
    }

    private static XmlSchemaSet Compiler(string chemin)
    {
        var set = new XmlSchemaSet();
        using var reader = XmlReader.Create(chemin, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
