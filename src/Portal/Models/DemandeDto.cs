namespace Rafael.Portal.Models;

/// <summary>An account, affiliation or structure request.</summary>
public sealed record DemandeDto(Guid Id, TypeDemande Type, StatutDemande Statut, Guid CompteId, string Demandeur, string? Email, Guid? StructureId, string? Structure, StructureSaisie? StructureProposee, string? Message, DateTimeOffset DeposeeLe, DateTimeOffset? DecideeLe, string? MotifRefus, ProfilGestion? ProfilAttribue);
