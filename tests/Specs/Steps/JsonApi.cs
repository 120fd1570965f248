using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rafael.Specs.Steps;

/// <summary>The Api's JSON conventions: camelCase names and enums as their names.</summary>
public static class JsonApi
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
