namespace Rafael.Portal.Models;

/// <summary>One line of a catalogue tab.</summary>
public sealed record ActionResumeDto(Guid Id, string Reference, string Intitule, string Statut, bool Conventionnee, Guid ResponsableId, DateTimeOffset ModifieeLe, int NombreSessions);
