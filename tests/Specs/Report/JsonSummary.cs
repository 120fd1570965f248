using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rafael.Specs.Report;

/// <summary>summary.json: the run in numbers, for CI and tools.</summary>
public static class JsonSummary
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scenarios = report.Scenarios.ToList();
        var counts = new JsonObject { ["total"] = scenarios.Count };
        foreach (var group in scenarios.GroupBy(report.StatusCode))
        {
            counts[group.Key] = group.Count();
        }

        var coverage = report.Coverage;
        var root = new JsonObject
        {
            ["generatedAt"] = report.GeneratedAt.ToString("O"),
            ["scenarios"] = counts,
            ["features"] = new JsonArray([.. report.Features.Select(f => (JsonNode)new JsonObject
            {
                ["path"] = f.Path,
                ["name"] = f.Name,
                ["scenarios"] = new JsonArray([.. f.Scenarios.Select(s => (JsonNode)new JsonObject
                {
                    ["name"] = s.DisplayName,
                    ["line"] = s.Line,
                    ["tags"] = new JsonArray([.. s.Tags.Select(t => (JsonNode)t)]),
                    ["status"] = report.StatusCode(s),
                    ["message"] = report.ResultOf(s)?.Message,
                })]),
            })]),
            ["domain"] = report.DomainPath,
            ["rules"] = new JsonArray([.. coverage.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Rule.Id,
                ["scenarios"] = new JsonArray([.. c.Scenarios.Select(s => (JsonNode)s.DisplayName)]),
            })]),
            ["uncoveredRules"] = new JsonArray([.. coverage.Where(c => !c.Covered).Select(c => (JsonNode)c.Rule.Id)]),
            ["unknownRuleTags"] = new JsonArray([.. report.UnknownRuleTags.Select(t => (JsonNode)t)]),
        };
        return root.ToJsonString(Indented);
    }
}
