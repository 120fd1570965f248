using System.Globalization;
using System.Text;
using Rafael.Specs.Runner;

namespace Rafael.Specs.Report;

/// <summary>index.html: the living documentation, in French, one self-contained page.</summary>
public static class HtmlReport
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; color: #1e1e1e; line-height: 1.4; }
        h1 { margin-bottom: .2rem; } h2 { border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2.5rem; }
        table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        .statut { display: inline-block; border-radius: .3rem; padding: 0 .4rem; font-size: .85rem; color: #fff; }
        .passed { background: #2e7d32; } .failed { background: #c62828; } .undefined { background: #ef6c00; }
        .ambiguous { background: #6a1b9a; } .notRun, .skipped { background: #757575; }
        .scenario { border: 1px solid #ddd; border-radius: .4rem; margin: .8rem 0; padding: .5rem .8rem; }
        .tag { font-family: monospace; background: #eef; border-radius: .2rem; padding: 0 .3rem; margin-right: .3rem; }
        ol { margin: .3rem 0; } pre { background: #fff4f4; border-left: 4px solid #c62828; padding: .5rem; white-space: pre-wrap; }
        .mot-cle { font-weight: bold; } .contexte { color: #555; } .fichier { color: #555; font-family: monospace; }
        """;

    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Rafael : documentation vivante</title><style>")
            .Append(Style).Append("</style></head><body>");
        html.Append("<h1>Rafael : documentation vivante</h1><p>Générée le ")
            .Append(E(report.GeneratedAt.ToLocalTime().ToString("dd/MM/yyyy à HH:mm:ss", CultureInfo.GetCultureInfo("fr-FR")))).Append("</p>");
        Summary(html, report);
        Rules(html, report);
        foreach (var feature in report.Features)
        {
            Feature(html, report, feature);
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Summary(StringBuilder html, RunReport report)
    {
        var scenarios = report.Scenarios.ToList();
        html.Append("<h2>Résumé</h2><table><tr><th>Scénarios</th><th>Réussis</th><th>Échoués</th><th>Non définis</th><th>Ambigus</th><th>Non exécutés</th></tr><tr>")
            .Append(Cell(scenarios.Count));
        foreach (var code in new[] { "passed", "failed", "undefined", "ambiguous", "notRun" })
        {
            html.Append(Cell(scenarios.Count(s => report.StatusCode(s) == code)));
        }

        html.Append("</tr></table>");
    }

    private static void Rules(StringBuilder html, RunReport report)
    {
        html.Append("<h2>Couverture des règles métier</h2>");
        if (report.Rules is null)
        {
            html.Append("<p>DOMAIN.md introuvable : la couverture des règles n'est pas calculée.</p>");
            return;
        }

        var coverage = report.Coverage;
        html.Append("<p>Règles de <span class=\"fichier\">").Append(E(report.DomainPath ?? string.Empty)).Append("</span> : ")
            .Append(coverage.Count(c => c.Covered)).Append(" couvertes sur ").Append(coverage.Count).Append(".</p>");
        html.Append("<table><tr><th>Règle</th><th>Énoncé</th><th>Scénarios</th></tr>");
        foreach (var rule in coverage.Where(c => c.Covered))
        {
            html.Append("<tr><td>").Append(E(rule.Rule.Id)).Append("</td><td>").Append(E(rule.Rule.Summary)).Append("</td><td>");
            foreach (var scenario in rule.Scenarios)
            {
                html.Append(Badge(report, scenario)).Append(' ').Append(E(scenario.DisplayName)).Append("<br>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</table><h3>Règles non couvertes</h3>");
        var uncovered = coverage.Where(c => !c.Covered).ToList();
        if (uncovered.Count == 0)
        {
            html.Append("<p>Aucune : chaque règle a au moins un scénario.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Règle</th><th>Énoncé</th></tr>");
            foreach (var rule in uncovered)
            {
                html.Append("<tr><td>").Append(E(rule.Rule.Id)).Append("</td><td>").Append(E(rule.Rule.Summary)).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        if (report.UnknownRuleTags.Count > 0)
        {
            html.Append("<p>Étiquettes qui ne désignent aucune règle de DOMAIN.md : ")
                .Append(string.Join(" ", report.UnknownRuleTags.Select(t => $"<span class=\"tag\">@{E(t)}</span>"))).Append("</p>");
        }
    }

    private static void Feature(StringBuilder html, RunReport report, FeatureSpec feature)
    {
        html.Append("<h2>").Append(E(feature.Name)).Append("</h2><p class=\"fichier\">").Append(E(feature.Path)).Append("</p>");
        if (feature.Description.Length > 0)
        {
            html.Append("<p>").Append(E(feature.Description).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        foreach (var scenario in feature.Scenarios)
        {
            var result = report.ResultOf(scenario);
            html.Append("<div class=\"scenario\"><p>").Append(Badge(report, scenario)).Append(" <strong>")
                .Append(E(scenario.Rule is null ? scenario.DisplayName : $"{scenario.Rule} › {scenario.DisplayName}"))
                .Append("</strong> <span class=\"fichier\">ligne ").Append(scenario.Line).Append("</span> ");
            foreach (var tag in scenario.Tags)
            {
                html.Append("<span class=\"tag\">@").Append(E(tag)).Append("</span>");
            }

            html.Append("</p><ol>");
            for (var i = 0; i < scenario.Steps.Count; i++)
            {
                var step = scenario.Steps[i];
                var stepResult = result?.Steps.ElementAtOrDefault(i);
                html.Append(step.FromBackground ? "<li class=\"contexte\">" : "<li>");
                if (stepResult is not null && stepResult.Status != StepStatus.Passed)
                {
                    html.Append(StepBadge(stepResult.Status)).Append(' ');
                }

                html.Append("<span class=\"mot-cle\">").Append(E(step.Keyword.Trim())).Append("</span> ").Append(E(step.Text));
                if (step.Table is not null)
                {
                    html.Append("<table>");
                    foreach (var row in step.Table.Cells)
                    {
                        html.Append("<tr>").Append(string.Concat(row.Select(c => "<td>" + E(c) + "</td>"))).Append("</tr>");
                    }

                    html.Append("</table>");
                }

                if (step.DocString is not null)
                {
                    html.Append("<pre style=\"border-color:#999;background:#f6f6f6\">").Append(E(step.DocString)).Append("</pre>");
                }

                html.Append("</li>");
            }

            html.Append("</ol>");
            if (result?.Message is { } message)
            {
                html.Append("<pre>").Append(E(message)).Append("</pre>");
            }

            html.Append("</div>");
        }
    }

    private static string Badge(RunReport report, ScenarioSpec scenario) =>
        $"<span class=\"statut {report.StatusCode(scenario)}\">{E(report.StatusLabel(scenario))}</span>";

    private static string StepBadge(StepStatus status)
    {
        var (code, label) = status switch
        {
            StepStatus.Failed => ("failed", "Échouée"),
            StepStatus.Undefined => ("undefined", "Non définie"),
            StepStatus.Ambiguous => ("ambiguous", "Ambiguë"),
            _ => ("skipped", "Non exécutée"),
        };
        return $"<span class=\"statut {code}\">{label}</span>";
    }

    private static string Cell(int value) => "<td>" + value.ToString(CultureInfo.InvariantCulture) + "</td>";

    // Only the markup characters: the page is UTF-8, and French must stay readable in its source.
    private static string E(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
