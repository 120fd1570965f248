namespace Rafael.Portal.Models;

/// <summary>One step of the batch screen with its count and its candidatures.</summary>
public sealed record EtapeLotDto(EtapeLot Etape, string Libelle, int Nombre, IReadOnlyList<CandidatureResumeDto> Candidatures);
