using System.Text.RegularExpressions;

namespace Rafael.Rules;

/// <summary>
/// Text helpers callable from rule expressions (registered as a RulesEngine custom type), for example
/// <c>!Texte.EstEnMajuscules(texte.valeur)</c> (CAT-06).
/// </summary>
public static partial class Texte
{
    /// <summary>
    /// True when the text is written entirely in capitals: at least two letters, none in lower case.
    /// A single capital ("A") or text without letters is not "in capitals".
    /// </summary>
    /// <param name="valeur">The text; null counts as not in capitals.</param>
    public static bool EstEnMajuscules(string? valeur)
    {
        if (valeur is null)
        {
            return false;
        }

        var majuscules = 0;
        foreach (var c in valeur)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                majuscules++;
            }
        }

        return majuscules >= 2;
    }

    /// <summary>
    /// True when the text contains markup (an HTML tag or entity): fields are plain text, where only bullet
    /// lists with "-" or "•" are allowed.
    /// </summary>
    /// <param name="valeur">The text; null contains no markup.</param>
    public static bool ContientDuBalisage(string? valeur) => valeur is not null && Balisage().IsMatch(valeur);

    /// <summary>The number of characters of the text, 0 when null (as the forms count them).</summary>
    /// <param name="valeur">The text.</param>
    public static int Longueur(string? valeur) => valeur?.Length ?? 0;

    /// <summary>True when the text is null, empty or only white space.</summary>
    /// <param name="valeur">The text.</param>
    public static bool EstVide(string? valeur) => string.IsNullOrWhiteSpace(valeur);

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z][^<>]*>|&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")]
    private static partial Regex Balisage();
}
