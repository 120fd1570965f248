namespace Rafael.Rules;

/// <summary>A field of an object input, for example <c>session.dateLimiteInscription</c> of type <c>date</c>.</summary>
internal sealed record RuleFieldDefinition(string Name, FieldType Type, string? Description);
