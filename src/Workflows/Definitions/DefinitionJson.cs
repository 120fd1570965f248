using System.Text.Json;

namespace Rafael.Workflows.Definitions;

/// <summary>Reads and writes process definitions in their JSON form.</summary>
public static class DefinitionJson
{
    /// <summary>The serializer options of definitions: camelCase names, indented output.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Parses a definition; throws <see cref="JsonException"/> when the text is not one.</summary>
    /// <param name="json">The definition's JSON text.</param>
    /// <returns>The definition.</returns>
    public static ProcessDefinition Parse(string json) =>
        JsonSerializer.Deserialize<ProcessDefinition>(json, Options)
        ?? throw new JsonException("La définition est vide.");

    /// <summary>Writes a definition as JSON.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>Its JSON text.</returns>
    public static string Write(ProcessDefinition definition) => JsonSerializer.Serialize(definition, Options);
}
