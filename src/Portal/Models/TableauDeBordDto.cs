namespace Rafael.Portal.Models;

/// <summary>The candidatures dashboard of the current structure.</summary>
public sealed record TableauDeBordDto(Guid StructureId, IReadOnlyList<LigneTableauDeBord> Lignes);
