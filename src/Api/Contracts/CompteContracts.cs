using Rafael.Engine.Rattachements;

namespace Rafael.Api.Contracts;

/// <summary>The signed-in person, their structures and profiles (ACC-09).</summary>
public sealed record MoiDto(
    Guid Id,
    string Email,
    string Prenom,
    string Nom,
    string? Telephone,
    bool EstAdministrateur,
    Guid? StructureCouranteId,
    IReadOnlyList<MonRattachementDto> Structures,
    Guid? ControlePar);

/// <summary>One of my structures, with my profiles there; Bénéficiaire is always among them.</summary>
public sealed record MonRattachementDto(Guid StructureId, string Structure, ProfilGestion? Profil, IReadOnlyList<string> Profils, bool EstReferent);

/// <summary>Editing my information.</summary>
public sealed record MoiModification(string Email, string Prenom, string Nom, string? Telephone);

/// <summary>Changing my password.</summary>
public sealed record MotDePasseModification(string MotDePasseActuel, string NouveauMotDePasse);

/// <summary>Choosing my current structure.</summary>
public sealed record StructureCouranteRequete(Guid StructureId);

/// <summary>An administrator creates an account directly (HAB-02).</summary>
public sealed record CompteCreation(string Email, string MotDePasse, string Prenom, string Nom, Guid StructureId, ProfilGestion? Profil, bool Referent);

/// <summary>An account in the administrators' list.</summary>
public sealed record CompteDto(Guid Id, string Email, string Prenom, string Nom, string Statut, bool EstAdministrateur);
