namespace Rafael.Portal.Models;

/// <summary>An email in the outbox: pending, sent or parked.</summary>
public sealed record EmailDto(Guid Id, string A, string Sujet, string Modele, string Statut, int Tentatives, string? DerniereErreur, DateTimeOffset Le, DateTimeOffset? EnvoyeLe);
