using System.Text.Json.Serialization;

namespace Rafael.Workflows.Definitions;

/// <summary>The kinds of effect a definition may declare.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EffectType>))]
public enum EffectType
{
    /// <summary>Send an email from a template to recipients.</summary>
    [JsonStringEnumMemberName("notify")]
    Notify,

    /// <summary>Emit an integration message through the outbox.</summary>
    [JsonStringEnumMemberName("emit")]
    Emit,

    /// <summary>Set (or move) a named deadline that fires a trigger when due.</summary>
    [JsonStringEnumMemberName("setDeadline")]
    SetDeadline,

    /// <summary>Cancel a named deadline.</summary>
    [JsonStringEnumMemberName("cancelDeadline")]
    CancelDeadline,
}
