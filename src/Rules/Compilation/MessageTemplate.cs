using System.Text;

namespace Rafael.Rules;

/// <summary>A rule's French message cut into literal text and <c>{expression}</c> placeholders; <c>{{</c> and <c>}}</c> are braces.</summary>
internal sealed record MessageTemplate(IReadOnlyList<MessageTemplate.Segment> Segments)
{
    public static MessageTemplate Parse(string message)
    {
        var segments = new List<Segment>();
        var text = new StringBuilder();
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if ((c == '{' || c == '}') && i + 1 < message.Length && message[i + 1] == c)
            {
                text.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = message.IndexOf('}', i + 1);
                if (end < 0)
                {
                    throw new FormatException($"Accolade ouvrante sans accolade fermante à la position {i + 1}.");
                }

                Flush(text, segments);
                segments.Add(new Segment(message[(i + 1)..end].Trim(), IsExpression: true));
                i = end;
            }
            else if (c == '}')
            {
                throw new FormatException($"Accolade fermante sans accolade ouvrante à la position {i + 1}.");
            }
            else
            {
                text.Append(c);
            }
        }

        Flush(text, segments);
        return new MessageTemplate(segments);
    }

    private static void Flush(StringBuilder text, List<Segment> segments)
    {
        if (text.Length > 0)
        {
            segments.Add(new Segment(text.ToString(), IsExpression: false));
            text.Clear();
        }
    }

    /// <summary>Literal text, or an expression whose value is inserted.</summary>
    public sealed record Segment(string Text, bool IsExpression);
}
