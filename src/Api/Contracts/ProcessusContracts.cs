namespace Rafael.Api.Contracts;

/// <summary>A versioned document in a list: the version in force and the draft.</summary>
public sealed record DocumentResume(string Nom, int? VersionPubliee, int? Brouillon);

/// <summary>One version of a document.</summary>
public sealed record DocumentVersionDto(Guid Id, string Nom, int Numero, string Statut, string Contenu, string? Commentaire, DateTimeOffset CreeLe, DateTimeOffset ModifieLe, DateTimeOffset? PublieeLe, Guid? PublieeParId);

/// <summary>Saving a draft.</summary>
public sealed record BrouillonRequete(string Contenu);

/// <summary>Publishing, with the mandatory comment.</summary>
public sealed record PublicationRequete(string Commentaire);

/// <summary>Changing a dispositif's parameters (published at once, with a comment).</summary>
public sealed record ParametresRequete(System.Text.Json.JsonElement Valeurs, string Commentaire);

/// <summary>A parked outbox message.</summary>
public sealed record MessageParqueDto(Guid Id, string Type, string Payload, int Attempts, string? LastError, DateTimeOffset OccurredAt, DateTimeOffset? ParkedAt);
