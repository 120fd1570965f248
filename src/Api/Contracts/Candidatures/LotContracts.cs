using Rafael.Engine.Candidatures;

namespace Rafael.Api.Contracts.Candidatures;

/// <summary>The batch screen of a session (LOT-01, LOT-03).</summary>
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

/// <summary>One step with its count and candidatures (LOT-01).</summary>
public sealed record EtapeLotDto(EtapeLot Etape, string Libelle, int Nombre, IReadOnlyList<CandidatureResumeDto> Candidatures);

/// <summary>Convoking a selection on one date.</summary>
public sealed record ConvocationLotRequete(IReadOnlyList<Guid>? Candidatures, DateTimeOffset? Date);

/// <summary>Attendance of a selection.</summary>
public sealed record ResultatsLotRequete(IReadOnlyList<ResultatLot>? Candidatures);

/// <summary>One candidature's attendance.</summary>
public sealed record ResultatLot(Guid Id, ResultatConvocation? Resultat);

/// <summary>Verdicts of a selection; step 3 (AvisEnAttente) or 4 (ListeAttente).</summary>
public sealed record AvisLotRequete(EtapeLot? Etape, IReadOnlyList<AvisLot>? Candidatures);

/// <summary>One candidature's verdict; on fixed-date sessions, dates and hours left empty take the session's (LOT-02).</summary>
public sealed record AvisLot(
    Guid Id,
    bool? Retenue,
    DateOnly? DateEntreePrevue,
    DateOnly? DateSortiePrevue,
    decimal? HeuresHebdomadaires,
    string? Motif,
    string? Raison,
    string? Commentaire);
