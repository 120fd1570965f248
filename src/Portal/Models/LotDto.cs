namespace Rafael.Portal.Models;

/// <summary>The batch screen of a session: the LOT-03 header figures and the candidatures of each step.</summary>
public sealed record LotDto(
    Guid SessionId,
    string Reference,
    string Intitule,
    DateOnly DateFin,
    int JoursRestantsPourLesAvis,
    DateOnly DateLimiteAvis,
    DateOnly DateLimiteEntreeTardive,
    TypeEntreeSession TypeEntree,
    IReadOnlyList<EtapeLotDto> Etapes);
