namespace Rafael.Studio.Services;

public sealed record InstanceJournal(DateTimeOffset Instant, string? Action, string Operation, string Changements, Guid? CompteId);
