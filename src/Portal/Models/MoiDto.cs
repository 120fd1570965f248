namespace Rafael.Portal.Models;

/// <summary>The signed-in person, their structures and profiles.</summary>
public sealed record MoiDto(Guid Id, string Email, string Prenom, string Nom, string? Telephone, bool EstAdministrateur, Guid? StructureCouranteId, IReadOnlyList<MonRattachementDto> Structures, Guid? ControlePar);
