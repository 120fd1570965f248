using System.Xml;
using System.Xml.Schema;

namespace Rafael.OffreInfo.Tests.Support;

/// <summary>
/// The official LHEO 2.3 schema, read from <c>shared/standards/lheo-2.3.xsd</c> found by walking up from the tests'
/// folder. Where it is absent the tests that need it are skipped on a developer's machine but fail when
/// <c>RAFAEL_REQUIRE_LHEO_XSD=1</c> (CI), so that a missing schema never lets an unvalidated feed pass.
/// </summary>
public static class LheoSchema
{
    public const string RequireVariable = "RAFAEL_REQUIRE_LHEO_XSD";

    private static readonly Lazy<XmlSchemaSet?> Schemas = new(Charger);

    /// <summary>The compiled schema set; skips or fails the calling test when the file is absent.</summary>
    public static XmlSchemaSet Exiger()
    {
        if (Schemas.Value is { } schemas)
        {
            return schemas;
        }

        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{RequireVariable}=1 mais shared/standards/lheo-2.3.xsd est introuvable en remontant depuis {AppContext.BaseDirectory} : le flux LHEO ne peut pas être validé.");
        }

        Assert.Skip($"Schéma LHEO absent (shared/standards/lheo-2.3.xsd introuvable) ; {RequireVariable}=1 rend ce test obligatoire.");
        return null!;
    }

    /// <summary>Validates a whole document; fails the test with every schema error, line by line.</summary>
    public static void Valider(byte[] document)
    {
        var erreurs = new List<string>();
        var reglages = new XmlReaderSettings { Schemas = Exiger(), ValidationType = ValidationType.Schema };
        reglages.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        reglages.ValidationEventHandler += (_, e) => erreurs.Add($"ligne {e.Exception.LineNumber}, colonne {e.Exception.LinePosition} : {e.Message}");
        using (var reader = XmlReader.Create(new MemoryStream(document), reglages))
        {
            while (reader.Read())
            {
            }
        }

        Assert.True(document.Length > 0, "document vide");
        Assert.True(erreurs.Count == 0, "Flux LHEO non conforme au schéma :\n" + string.Join('\n', erreurs.Take(20)));
    }

    private static XmlSchemaSet? Charger()
    {
        for (var dossier = new DirectoryInfo(AppContext.BaseDirectory); dossier is not null; dossier = dossier.Parent)
        {
            var chemin = Path.Combine(dossier.FullName, "shared", "standards", "lheo-2.3.xsd");
            if (File.Exists(chemin))
            {
                var set = new XmlSchemaSet();
                using var reader = XmlReader.Create(chemin);
                set.Add("http://lheo.gouv.fr/2.3", reader);
                set.Compile();
                return set;
            }
        }

        return null;
    }
}
