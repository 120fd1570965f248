using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rafael.Workflows.Definitions;

/// <summary>Reads <c>"a"</c> or <c>["a", "b"]</c>, so that analysts write a single state without brackets.</summary>
internal sealed class OneOrManyStringsConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [reader.GetString()!];
        }

        return JsonSerializer.Deserialize<List<string>>(ref reader, options)
            ?? throw new JsonException("Une liste d'états est attendue.");
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
        {
            writer.WriteStringValue(value[0]);
            return;
        }

        JsonSerializer.Serialize(writer, value, options);
    }
}
