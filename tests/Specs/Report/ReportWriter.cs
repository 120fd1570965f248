using System.Text;

namespace Rafael.Specs.Report;

/// <summary>Writes index.html and summary.json into the report folder.</summary>
public static class ReportWriter
{
    /// <summary>Overrides the report folder.</summary>
    public const string FolderVariable = "RAFAEL_SPECS_REPORT";

    /// <summary>
    /// <see cref="FolderVariable"/> if set, else TestResults/living-documentation at the repository root,
    /// else under the test's output folder when no repository is found (a copied build).
    /// </summary>
    public static string DefaultFolder(string start)
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        return Path.Combine(RepositoryRoot.Find(start) ?? start, "TestResults", "living-documentation");
    }

    public static async Task WriteAsync(string folder, RunReport report)
    {
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), HtmlReport.Render(report), utf8);
        await File.WriteAllTextAsync(Path.Combine(folder, "summary.json"), JsonSummary.Render(report), utf8);
    }
}
