using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Rafael.Rules;

/// <summary>The shipped <c>ruleset.schema.json</c>, loaded once, and its errors translated for analysts.</summary>
internal static partial class RuleSetSchema
{
    public const string ResourceName = "Rafael.Rules.RuleSets.ruleset.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(
        () => JsonSchema.FromJsonAsync(Text).GetAwaiter().GetResult());

    /// <summary>The schema's text, for the Studio's editor.</summary>
    public static string Text => EmbeddedResources.Read(ResourceName);

    public static IEnumerable<(string Path, string Message)> Validate(string json) =>
        Schema.Value.Validate(json).SelectMany(Flatten);

    /// <summary>The index of the rule an error path points into (<c>#/rules[2].message</c> → 2).</summary>
    public static int? RuleIndex(string path)
    {
        var match = RulePath().Match(path);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    // References ($ref) nest the precise errors under a generic one: report the leaves, except for "one of",
    // whose branches would only confuse.
    private static IEnumerable<(string Path, string Message)> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError { Kind: not ValidationErrorKind.NotOneOf } parent && parent.Errors.Count > 0
            ? parent.Errors.Values.SelectMany(e => e).SelectMany(Flatten)
            : [(error.Path ?? "#", $"{error.Path ?? "#"} : {Describe(error.Kind)}")];

    private static string Describe(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => "propriété obligatoire absente",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "propriété inconnue",
        ValidationErrorKind.PatternMismatch => "format invalide",
        ValidationErrorKind.StringExpected => "texte attendu",
        ValidationErrorKind.StringTooShort => "texte vide",
        ValidationErrorKind.BooleanExpected => "booléen attendu",
        ValidationErrorKind.ArrayExpected => "liste attendue",
        ValidationErrorKind.ObjectExpected => "objet attendu",
        ValidationErrorKind.TooFewItems => "la liste ne peut pas être vide",
        ValidationErrorKind.TooFewProperties => "l'objet ne peut pas être vide",
        ValidationErrorKind.NotOneOf => "une entrée déclare soit « type » (valeur simple), soit « fields » (objet)",
        ValidationErrorKind.AdditionalPropertiesNotValid => "propriété invalide",
        _ => $"non conforme au schéma ({kind})",
    };

    [GeneratedRegex(@"rules\[(\d+)\]")]
    private static partial Regex RulePath();
}
