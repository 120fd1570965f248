using Rafael.Engine.Demandes;
using Rafael.Engine.Rattachements;

namespace Rafael.Api.Contracts;

/// <summary>An account request (ACC-05, ACC-06): a structure chosen, or a new one described.</summary>
public sealed record DemandeCompteRequete(
    string Email,
    string MotDePasse,
    string Prenom,
    string Nom,
    string? Telephone,
    Guid? StructureId,
    StructureSaisie? NouvelleStructure,
    string? Message);

/// <summary>An affiliation request (ACC-07).</summary>
public sealed record DemandeRattachementRequete(Guid StructureId, string? Message);

/// <summary>Accepting a request, with the profile given.</summary>
public sealed record AcceptationRequete(ProfilGestion? Profil);

/// <summary>Refusing a request, with the reason.</summary>
public sealed record RefusRequete(string Motif);

/// <summary>A request as its decider sees it.</summary>
public sealed record DemandeDto(
    Guid Id,
    TypeDemande Type,
    StatutDemande Statut,
    Guid CompteId,
    string Demandeur,
    string? Email,
    Guid? StructureId,
    string? Structure,
    StructureSaisie? StructureProposee,
    string? Message,
    DateTimeOffset DeposeeLe,
    DateTimeOffset? DecideeLe,
    string? MotifRefus,
    ProfilGestion? ProfilAttribue);
