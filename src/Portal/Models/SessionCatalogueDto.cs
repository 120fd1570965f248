namespace Rafael.Portal.Models;

/// <summary>A catalogue session (the fields the portal shows).</summary>
public sealed record SessionCatalogueDto(Guid Id, string Reference, Guid ActionId, bool Conventionnee, string Statut, VoieAcces VoieAcces, bool HorsAlternance, DateOnly DateDebut, DateOnly DateFin, TypeEntree TypeEntree, string? Commentaire, LieuFormation Lieu, decimal? HeuresHebdomadaires, string? CodeDispositif, int? Places, int Version);
