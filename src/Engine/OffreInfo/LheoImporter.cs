using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Rafael.Engine.OffreInfo;

/// <summary>
/// Reads an LHEO 2.3 feed back into the read model, streamed: an <see cref="XmlReader"/> walks the document and
/// only one <c>formation</c> at a time is held in memory. Our own feeds come back whole (their <c>extras</c> carry
/// what LHEO lacks); other feeds are read on a best-effort basis (docs/lheo-mapping.md, "Import").
/// </summary>
/// <param name="schemas">When given, the feed is validated against them while it is read.</param>
public sealed class LheoImporter(XmlSchemaSet? schemas = null)
{
    /// <summary>The actions of the feed, one per <c>formation</c>, in document order.</summary>
    /// <param name="entree">The feed.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The actions.</returns>
    /// <exception cref="FluxLheoInvalideException">The feed is not well-formed or not valid.</exception>
    public async IAsyncEnumerable<ActionPubliee> LireAsync(Stream entree, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entree);
        var reglages = new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit };
        if (schemas is not null)
        {
            reglages.Schemas = schemas;
            reglages.ValidationType = ValidationType.Schema;
            reglages.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
            reglages.ValidationEventHandler += (_, e) => throw new FluxLheoInvalideException(
                $"Flux LHEO non conforme au schéma, ligne {e.Exception.LineNumber}, colonne {e.Exception.LinePosition} : {e.Message}", e.Exception);
        }

        using var reader = XmlReader.Create(entree, reglages);
        while (true)
        {
            XElement? formation;
            try
            {
                formation = await ProchaineFormationAsync(reader, cancellationToken);
            }
            catch (XmlException e)
            {
                throw new FluxLheoInvalideException($"Flux LHEO illisible, ligne {e.LineNumber}, colonne {e.LinePosition} : {e.Message}", e);
            }

            if (formation is null)
            {
                yield break;
            }

            yield return LheoLecture.Action(formation);
        }
    }

    private static async Task<XElement?> ProchaineFormationAsync(XmlReader reader, CancellationToken cancellationToken)
    {
        // After XNode.ReadFromAsync the reader already stands on the node following the formation.
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "formation" && reader.NamespaceURI == LheoCodes.Ns)
            {
                return (XElement)await XNode.ReadFromAsync(reader, cancellationToken);
            }

            await reader.ReadAsync();
        }

        return null;
    }
}
