using System.Text.Json.Serialization;

namespace Rafael.Workflows.Definitions;

/// <summary>The type of a trigger parameter.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParameterType>))]
public enum ParameterType
{
    /// <summary>Text (<see cref="string"/>).</summary>
    [JsonStringEnumMemberName("string")]
    String,

    /// <summary>A whole number (<see cref="int"/> or <see cref="long"/>).</summary>
    [JsonStringEnumMemberName("integer")]
    Integer,

    /// <summary>A number (<see cref="decimal"/>, <see cref="double"/> or a whole number).</summary>
    [JsonStringEnumMemberName("decimal")]
    Decimal,

    /// <summary>Yes or no (<see cref="bool"/>).</summary>
    [JsonStringEnumMemberName("boolean")]
    Boolean,

    /// <summary>A calendar date (<see cref="DateOnly"/>, <see cref="DateTime"/> or <see cref="DateTimeOffset"/>).</summary>
    [JsonStringEnumMemberName("date")]
    Date,

    /// <summary>An instant (<see cref="DateTimeOffset"/> or <see cref="DateTime"/>).</summary>
    [JsonStringEnumMemberName("dateTime")]
    DateTime,

    /// <summary>One of the parameter's <see cref="TriggerParameterDefinition.Values"/> (<see cref="string"/>).</summary>
    [JsonStringEnumMemberName("enum")]
    Enum,
}
