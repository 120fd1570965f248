using Rafael.Engine.Candidatures;

namespace Rafael.Api.Contracts.Candidatures;

/// <summary>The DASH-01 dashboard of the caller's structure.</summary>
public sealed record TableauDeBordDto(Guid StructureId, IReadOnlyList<LigneTableauDeBord> Lignes);
