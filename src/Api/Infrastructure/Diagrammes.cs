using Rafael.Workflows.Diagrams;
using Rafael.Workflows.Versions;

namespace Rafael.Api.Infrastructure;

/// <summary><c>dotnet run --project src/Api -- diagrammes [dossier]</c>: writes the Mermaid and DOT diagrams of the shipped definitions.</summary>
internal static class Diagrammes
{
    public static async Task<int> EcrireAsync(string dossier)
    {
        // dotnet run starts in the project's folder: a relative folder is taken from the repository's root.
        var cible = Path.IsPathRooted(dossier) ? dossier : Path.Combine(RacineDuDepot() ?? Directory.GetCurrentDirectory(), dossier);
        var fichiers = await new DiagramExporter(new EmbeddedDefinitionSource()).ExportPublishedAsync(cible);
        foreach (var fichier in fichiers)
        {
            Console.WriteLine(fichier);
        }

        return 0;
    }

    private static string? RacineDuDepot()
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Rafael.sln")))
            {
                return d.FullName;
            }
        }

        return null;
    }
}
