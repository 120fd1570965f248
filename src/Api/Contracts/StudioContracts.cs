namespace Rafael.Api.Contracts;

/// <summary>An entity in its process, for the Studio's instances screen.</summary>
public sealed record InstanceResume(string Type, string Id, string Libelle, string Definition, int Version, string Etat);

/// <summary>An entity in its process with what it left behind: journal, pending deadlines, outbox messages.</summary>
public sealed record InstanceDetail(
    InstanceResume Instance,
    IReadOnlyList<InstanceJournal> Journal,
    IReadOnlyList<InstanceEcheance> Echeances,
    IReadOnlyList<InstanceMessage> Messages);

/// <summary>A journal line of an entity.</summary>
public sealed record InstanceJournal(DateTimeOffset Instant, string? Action, string Operation, string Changements, Guid? CompteId);

/// <summary>A deadline of an entity.</summary>
public sealed record InstanceEcheance(string Nom, string Declencheur, DateTimeOffset Echeance, string Etat, int Essais, string? DerniereErreur);

/// <summary>An outbox message an entity produced.</summary>
public sealed record InstanceMessage(string Type, DateTimeOffset Le, DateTimeOffset? TraiteLe, DateTimeOffset? EcarteLe, int Essais, string? DerniereErreur);
