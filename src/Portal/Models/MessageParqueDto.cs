namespace Rafael.Portal.Models;

/// <summary>A parked outbox message.</summary>
public sealed record MessageParqueDto(Guid Id, string Type, string Payload, int Attempts, string? LastError, DateTimeOffset OccurredAt, DateTimeOffset? ParkedAt);
