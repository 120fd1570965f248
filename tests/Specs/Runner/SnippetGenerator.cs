using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Rafael.Specs.Runner;

/// <summary>Writes the C# method that would bind an undefined step, ready to paste into a step class.</summary>
public static partial class SnippetGenerator
{
    public static string Suggest(StepSpec step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var expression = new StringBuilder();
        var words = new StringBuilder();
        var parameters = new List<(string Type, string Name)>();
        var last = 0;
        foreach (Match match in Value().Matches(step.Text))
        {
            AppendLiteral(expression, words, step.Text[last..match.Index]);
            var (placeholder, type, parameterName) = Classify(match);
            expression.Append(placeholder);
            parameters.Add((type, parameterName));
            last = match.Index + match.Length;
        }

        AppendLiteral(expression, words, step.Text[last..]);
        if (step.Table is not null)
        {
            parameters.Add(("Table", "tableau"));
        }
        else if (step.DocString is not null)
        {
            parameters.Add(("string", "contenu"));
        }

        var attribute = step.Kind switch
        {
            StepKind.Context => "Soit",
            StepKind.Action => "Quand",
            _ => "Alors",
        };
        var name = MethodName(words.ToString());
        // Names used more than once are numbered: (string texte1, string texte2).
        var signature = string.Join(", ", parameters.Select((p, i) =>
        {
            var same = parameters.Where(q => q.Name == p.Name).ToList();
            var number = same.Count > 1 ? parameters.Take(i + 1).Count(q => q.Name == p.Name).ToString(CultureInfo.InvariantCulture) : string.Empty;
            return $"{p.Type} {p.Name}{number}";
        }));
        return $$"""
            [{{attribute}}("{{CSharpString(expression.ToString())}}")]
            public void {{name}}({{signature}})
            {
                throw new NotImplementedException("Étape à écrire.");
            }
            """;
    }

    private static string CSharpString(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static (string Placeholder, string Type, string Name) Classify(Match match)
    {
        var value = match.Value;
        if (value.StartsWith('"'))
        {
            return ("{string}", "string", "texte");
        }

        if (value.Contains('/', StringComparison.Ordinal))
        {
            return ("{date}", "DateOnly", "date");
        }

        if (value.Contains(',', StringComparison.Ordinal) || value.Contains('.', StringComparison.Ordinal))
        {
            return ("{decimal}", "decimal", "nombre");
        }

        // A SIRET or a reference has too many digits for an int: it is an identifier, read as text.
        return value.TrimStart('-').Length > 9 ? ("{word}", "string", "code") : ("{int}", "int", "entier");
    }

    private static void AppendLiteral(StringBuilder expression, StringBuilder words, string literal)
    {
        foreach (var c in literal)
        {
            // Parentheses and braces mean something in an expression: escape them.
            if (c is '(' or ')' or '{' or '}')
            {
                expression.Append('\\');
            }

            expression.Append(c);
        }

        words.Append(' ').Append(literal);
    }

    private static string MethodName(string words)
    {
        var name = new StringBuilder();
        foreach (var word in words.Normalize(NormalizationForm.FormD).Split([' ', '\'', '’', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsAsciiLetterOrDigit)]);
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            name.Insert(0, "Etape");
        }

        return name.ToString();
    }

    [GeneratedRegex("\"[^\"]*\"|\\b\\d{2}/\\d{2}/\\d{4}\\b|-?\\b\\d+(?:[.,]\\d+)?\\b")]
    private static partial Regex Value();
}
