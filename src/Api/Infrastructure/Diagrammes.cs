using Rafael.Workflows.Diagrams;
using Rafael.Workflows.Versions;

namespace Rafael.Api.Infrastructure;

/// <summary><c>dotnet run --project src/Api -- diagrammes [dossier]</c>: writes the Mermaid and DOT diagrams of the shipped definitions.</summary>
internal static class Diagrammes
{
    public static async Task<int> EcrireAsync(string dossier)
    {
        var fichiers = await new DiagramExporter(new EmbeddedDefinitionSource()).ExportPublishedAsync(dossier);
        foreach (var fichier in fichiers)
        {
            Console.WriteLine(fichier);
        }

        return 0;
    }
}
