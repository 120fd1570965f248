using System.Text.RegularExpressions;

namespace Rafael.Specs.Report;

/// <summary>Reads the rule IDs of DOMAIN.md, and finds that file.</summary>
public static partial class DomainRules
{
    /// <summary>Overrides where DOMAIN.md is looked for.</summary>
    public const string PathVariable = "RAFAEL_DOMAIN";

    /// <summary>The rules, in file order: every line "- **ID** text".</summary>
    public static IReadOnlyList<DomainRule> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return [.. RuleLine().Matches(markdown)
            .Select(m => new DomainRule(m.Groups["id"].Value, Shorten(m.Groups["text"].Value.Trim())))
            .DistinctBy(r => r.Id)];
    }

    /// <summary>
    /// DOMAIN.md from <see cref="PathVariable"/>, else found by walking up from <paramref name="start"/> to the
    /// repository root (the folder of Rafael.sln) and looking in its sibling folder shared/, then in the root itself.
    /// </summary>
    public static string? Locate(string start)
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        if (RepositoryRoot.Find(start) is not { } root)
        {
            return null;
        }

        string[] candidates =
        [
            Path.Combine(root, "..", "shared", "DOMAIN.md"),
            Path.Combine(root, "shared", "DOMAIN.md"),
            Path.Combine(root, "DOMAIN.md"),
            Path.Combine(root, "docs", "DOMAIN.md"),
        ];
        return candidates.Where(File.Exists).Select(Path.GetFullPath).FirstOrDefault();
    }

    private static string Shorten(string text)
    {
        const int Max = 140;
        return text.Length <= Max ? text : text[..Max].TrimEnd() + "…";
    }

    [GeneratedRegex(@"^\s*- \*\*(?<id>[A-Z]+-\d+)\*\*\s*(?<text>.*)$", RegexOptions.Multiline)]
    private static partial Regex RuleLine();
}
