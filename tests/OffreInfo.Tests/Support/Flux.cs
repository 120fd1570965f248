using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;
using Rafael.Bench.OffreInfo;
using Rafael.Engine.OffreInfo;

namespace Rafael.OffreInfo.Tests.Support;

/// <summary>Exports for the tests: every document produced here is validated against the LHEO schema.</summary>
public static class Flux
{
    public static readonly XNamespace Ns = "http://lheo.gouv.fr/2.3";

    /// <summary>The tests' "now": 2026-03-01 10:00 in Paris.</summary>
    public static readonly DateTimeOffset Maintenant = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Horloge() => new(Maintenant);

    public static async Task<(byte[] Document, ResultatExportLheo Resultat)> ExporterAsync(
        IEnumerable<ActionPubliee> actions, OptionsExportLheo? options = null, TimeProvider? temps = null)
    {
        var exporter = new LheoExporter(temps ?? Horloge());
        using var sortie = new MemoryStream();
        var resultat = await exporter.ExporterAsync(new SourceEnMemoire(actions).LireAsync(null, default), sortie, options, TestContext.Current.CancellationToken);
        var document = sortie.ToArray();
        if (resultat.DocumentEcrit)
        {
            LheoSchema.Valider(document);
        }

        return (document, resultat);
    }

    public static List<ActionPubliee> Catalogue(int actions = 60, int sessions = 3) => CatalogueGenere.Generer(actions, sessions);

    public static XElement Formation(XDocument document, string reference) =>
        document.Root!.Element(Ns + "offres")!.Elements(Ns + "formation").Single(f => (string?)f.Attribute("numero") == reference);
}
