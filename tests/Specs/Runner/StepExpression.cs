using System.Text;
using System.Text.RegularExpressions;

namespace Rafael.Specs.Runner;

/// <summary>A step expression compiled to an anchored regular expression.</summary>
public sealed class StepExpression
{
    // Regex fragments of the Cucumber-style parameter types. {string} captures what is between the quotes.
    private static readonly Dictionary<string, string> ParameterPatterns = new(StringComparer.Ordinal)
    {
        ["int"] = @"(-?\d+)",
        ["decimal"] = @"(-?\d+(?:[.,]\d+)?)",
        ["string"] = "\"([^\"]*)\"",
        ["word"] = @"([^\s]+)",
        ["date"] = @"(\d{2}/\d{2}/\d{4})",
        ["time"] = @"(\d{1,2}[:h]\d{2})",
        [""] = "(.*)",
    };

    private StepExpression(string source, Regex regex)
    {
        Source = source;
        Regex = regex;
    }

    public string Source { get; }

    public Regex Regex { get; }

    /// <summary>How many arguments a match yields.</summary>
    public int ArgumentCount => Regex.GetGroupNumbers().Length - 1;

    public static StepExpression Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var isRegex = source.StartsWith('^') || source.EndsWith('$');
        var pattern = isRegex ? source : ToRegex(source);
        if (!pattern.StartsWith('^'))
        {
            pattern = "^" + pattern;
        }

        if (!pattern.EndsWith('$'))
        {
            pattern += "$";
        }

        return new StepExpression(source, new Regex(pattern, RegexOptions.CultureInvariant));
    }

    /// <summary>The captured texts, one per argument (null for a group that did not take part), or null if no match.</summary>
    public IReadOnlyList<string?>? Match(string text)
    {
        var match = Regex.Match(text);
        if (!match.Success)
        {
            return null;
        }

        return [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Success ? g.Value : null)];
    }

    private static string ToRegex(string expression)
    {
        var pattern = new StringBuilder();
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            switch (c)
            {
                case '\\' when i + 1 < expression.Length:
                    pattern.Append(Regex.Escape(expression[++i].ToString()));
                    break;
                case '{':
                    var end = expression.IndexOf('}', i);
                    if (end < 0)
                    {
                        throw new FormatException($"Expression « {expression} » : accolade non fermée.");
                    }

                    var name = expression[(i + 1)..end];
                    if (!ParameterPatterns.TryGetValue(name, out var fragment))
                    {
                        throw new FormatException(
                            $"Expression « {expression} » : type de paramètre {{{name}}} inconnu " +
                            $"(connus : {string.Join(", ", ParameterPatterns.Keys.Select(k => "{" + k + "}"))}).");
                    }

                    pattern.Append(fragment);
                    i = end;
                    break;
                case '(':
                    // Cucumber's optional text: "candidature(s)".
                    var close = expression.IndexOf(')', i);
                    if (close < 0)
                    {
                        throw new FormatException($"Expression « {expression} » : parenthèse non fermée.");
                    }

                    pattern.Append("(?:").Append(Regex.Escape(expression[(i + 1)..close])).Append(")?");
                    i = close;
                    break;
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return pattern.ToString();
    }
}
