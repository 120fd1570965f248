using System.Text.RegularExpressions;
using Gherkin;
using Gherkin.Ast;

namespace Rafael.Specs.Runner;

/// <summary>Reads a feature file with the official Gherkin parser and compiles it into runnable cases.</summary>
public static partial class FeatureParser
{
    /// <summary>Parses a feature; files without a "# language:" line are read as French.</summary>
    /// <exception cref="FeatureParseException">The file is not valid Gherkin.</exception>
    public static FeatureSpec Parse(string path, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        GherkinDocument document;
        try
        {
            document = new Parser().Parse(new TokenScanner(reader), new TokenMatcher("fr"));
        }
        catch (CompositeParserException e)
        {
            throw new FeatureParseException(path, string.Join(Environment.NewLine, e.Errors.Select(x => x.Message)), e);
        }
        catch (ParserException e)
        {
            throw new FeatureParseException(path, e.Message, e);
        }

        var feature = document.Feature ?? throw new FeatureParseException(path, "aucune Fonctionnalité dans ce fichier.", null);
        var featureTags = TagNames(feature.Tags);
        var scenarios = new List<ScenarioSpec>();
        var background = Background(feature.Children);
        foreach (var child in feature.Children)
        {
            switch (child)
            {
                case Scenario scenario:
                    scenarios.AddRange(Compile(path, feature, null, featureTags, background, scenario));
                    break;
                case Rule rule:
                    var ruleTags = featureTags.Concat(TagNames(rule.Tags)).ToList();
                    var ruleBackground = background.Concat(Background(rule.Children)).ToList();
                    foreach (var scenario in rule.Children.OfType<Scenario>())
                    {
                        scenarios.AddRange(Compile(path, feature, rule.Name, ruleTags, ruleBackground, scenario));
                    }

                    break;
            }
        }

        return new FeatureSpec(path, feature.Name, feature.Description?.Trim() ?? string.Empty, featureTags, scenarios);
    }

    private static List<Step> Background(System.Collections.IEnumerable children) =>
        [.. children.OfType<Background>().SelectMany(b => b.Steps)];

    private static IEnumerable<ScenarioSpec> Compile(
        string path, Feature feature, string? rule, IReadOnlyList<string> inheritedTags, IReadOnlyList<Step> background, Scenario scenario)
    {
        var tags = inheritedTags.Concat(TagNames(scenario.Tags)).ToList();
        var examples = scenario.Examples.Where(e => e.TableHeader is not null).ToList();
        if (examples.Count == 0)
        {
            var empty = new Dictionary<string, string>();
            yield return new ScenarioSpec(
                path, feature.Name, scenario.Location.Line, scenario.Location.Line, scenario.Name, rule,
                [.. tags.Distinct()], Steps(background, scenario.Steps, empty), empty);
            yield break;
        }

        foreach (var block in examples)
        {
            var header = block.TableHeader.Cells.Select(c => c.Value).ToList();
            var exampleTags = tags.Concat(TagNames(block.Tags)).Distinct().ToList();
            foreach (var row in block.TableBody)
            {
                var values = header.Zip(row.Cells, (h, c) => (h, c.Value)).ToDictionary(p => p.h, p => p.Value, StringComparer.Ordinal);
                yield return new ScenarioSpec(
                    path, feature.Name, row.Location.Line, scenario.Location.Line, Substitute(scenario.Name, values), rule,
                    exampleTags, Steps(background, scenario.Steps, values), values);
            }
        }
    }

    private static List<StepSpec> Steps(IReadOnlyList<Step> background, IEnumerable<Step> steps, IReadOnlyDictionary<string, string> values)
    {
        var result = new List<StepSpec>();
        AddSteps(result, background, values, fromBackground: true);
        AddSteps(result, steps, values, fromBackground: false);
        return result;
    }

    private static void AddSteps(List<StepSpec> result, IEnumerable<Step> steps, IReadOnlyDictionary<string, string> values, bool fromBackground)
    {
        // Et / Mais / * continue the kind of the previous step of the same block; a block starting with one means context.
        var previous = StepKind.Context;
        foreach (var step in steps)
        {
            var kind = step.KeywordType switch
            {
                StepKeywordType.Context => StepKind.Context,
                StepKeywordType.Action => StepKind.Action,
                StepKeywordType.Outcome => StepKind.Outcome,
                _ => previous,
            };
            previous = kind;
            var table = step.DataTable is { } dataTable
                ? new Table([.. dataTable.Rows.Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(c => Substitute(c.Value, values))])])
                : null;
            var docString = step.DocString is { } doc ? Substitute(doc.Content, values) : null;
            result.Add(new StepSpec(step.Keyword, kind, Substitute(step.Text, values), step.Location.Line, table, docString, fromBackground));
        }
    }

    private static string Substitute(string text, IReadOnlyDictionary<string, string> values) =>
        values.Count == 0
            ? text
            : Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    private static List<string> TagNames(IEnumerable<Tag> tags) => [.. tags.Select(t => t.Name.TrimStart('@'))];

    [GeneratedRegex("<([^<>]+)>")]
    private static partial Regex Placeholder();
}
