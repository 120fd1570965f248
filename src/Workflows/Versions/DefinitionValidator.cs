using System.Reflection;
using System.Text.Json;
using NJsonSchema;
using Rafael.Workflows.Definitions;

namespace Rafael.Workflows.Versions;

/// <summary>
/// Checks a draft definition before the Studio saves it: the JSON schema, then what a schema cannot say (unknown
/// states and triggers, unreachable states, duplicate transitions, guards naming unknown rule sets).
/// </summary>
public sealed class DefinitionValidator
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadSchemaAsync);

    /// <summary>The JSON schema of definitions, as shipped in <c>Definitions/definition.schema.json</c>.</summary>
    /// <returns>The schema's text.</returns>
    public static string ReadSchemaText()
    {
        using var stream = typeof(DefinitionValidator).Assembly.GetManifestResourceStream(EmbeddedDefinitionSource.ResourcePrefix + "definition.schema.json")
            ?? throw new InvalidOperationException("Le schéma des définitions n'est pas embarqué.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Validates a definition's JSON text.</summary>
    /// <param name="json">The draft's JSON text.</param>
    /// <param name="knownRuleSets">The rule sets guards may name; null to skip that check.</param>
    /// <returns>The errors, in French; empty when the draft is valid.</returns>
    public async Task<IReadOnlyList<DefinitionError>> ValidateAsync(string json, IReadOnlyCollection<string>? knownRuleSets = null)
    {
        var schema = await Schema.Value;
        ICollection<NJsonSchema.Validation.ValidationError> schemaErrors;
        try
        {
            schemaErrors = schema.Validate(json);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return [new DefinitionError("$", $"Le texte n'est pas du JSON valide : {e.Message}")];
        }

        if (schemaErrors.Count > 0)
        {
            return [.. schemaErrors.Select(e => new DefinitionError(e.Path ?? "$", $"Non conforme au schéma : {e.Kind}{(e.Property is null ? string.Empty : $" ({e.Property})")}."))];
        }

        ProcessDefinition definition;
        try
        {
            definition = DefinitionJson.Parse(json);
        }
        catch (JsonException e)
        {
            return [new DefinitionError("$", $"La définition ne peut pas être lue : {e.Message}")];
        }

        return Validate(definition, knownRuleSets);
    }

    /// <summary>Validates what the schema cannot: references, reachability, duplicates, guard names.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="knownRuleSets">The rule sets guards may name; null to skip that check.</param>
    /// <returns>The errors, in French; empty when the definition is valid.</returns>
    public static IReadOnlyList<DefinitionError> Validate(ProcessDefinition definition, IReadOnlyCollection<string>? knownRuleSets = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new DefinitionChecks(definition, knownRuleSets).Run();
    }

    private static async Task<JsonSchema> LoadSchemaAsync() => await JsonSchema.FromJsonAsync(ReadSchemaText());
}
